"""Plans in Excel (SPEC.md section 9): read and write ``.xlsx`` workbooks.

- :func:`load_workbook` reads a workbook into the same data, positions and
  problems as the YAML loader (:mod:`effektkedja.workbook.reader`, with the
  ``read_*`` modules: cells, values, header row, sheets to plan data);
- :func:`write_workbook` writes plan data as a workbook people can fill in
  (:mod:`effektkedja.workbook.writer`, with the ``write_*`` modules: rows, cells,
  instructions sheet, shared style), and :func:`values_workbook` the tidy values
  table (:mod:`effektkedja.workbook.write_values`);
- :func:`dump_yaml` writes plan data as readable YAML (:mod:`effektkedja.workbook.yaml_text`).

The layout itself lives in :mod:`effektkedja.workbook.layout`. openpyxl is
imported only when a workbook is read or written.
"""

from effektkedja.workbook.reader import WorkbookSource, load_workbook
from effektkedja.workbook.writer import WorkbookWriteError, values_workbook, write_workbook
from effektkedja.workbook.yaml_text import dump_yaml

__all__ = [
    "WorkbookSource",
    "WorkbookWriteError",
    "dump_yaml",
    "load_workbook",
    "values_workbook",
    "write_workbook",
]
