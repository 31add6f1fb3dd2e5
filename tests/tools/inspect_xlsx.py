"""Independent reader check (openpyxl, not exceljs): does a workbook open, and are its tables intact?

Prints JSON: sheet names, and per table its name, ref and whether its header names equal the header
cells (Excel "repairs" a file where they differ, which exceljs itself never notices).
"""
import json
import sys
import warnings

import openpyxl
from openpyxl.utils.cell import range_boundaries

warnings.simplefilter("ignore")


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "tables": [], "formulas": 0}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    out["formulas"] += 1
        for table in ws.tables.values():
            min_col, min_row, max_col, max_row = range_boundaries(table.ref)
            header_cells = [ws.cell(row=min_row, column=c).value for c in range(min_col, max_col + 1)]
            names = [c.name for c in table.tableColumns]
            out["tables"].append({
                "sheet": ws.title,
                "name": table.displayName,
                "ref": table.ref,
                "columns": len(names),
                "headersMatch": names == header_cells,
                "rows": max_row - min_row,
            })
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
