"""Views: what a report shows, as typed data built from the facts (one view per section).

Renderers (Markdown, HTML, Word) lay views out and never compute a number.
"""
