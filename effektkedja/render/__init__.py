"""Renderers: one module per output format, each turning check results into text."""
