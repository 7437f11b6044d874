#!/usr/bin/env python3
"""Open an .xlsx with openpyxl, an independent reader, and report what it sees.

Used by the end-to-end stage to check that a workbook exported by the application opens outside it:
prints each sheet's name with its row and column counts and exits non-zero when the file cannot be
read or does not hold what was expected.

    python3 scripts/check-xlsx.py EXPORT.xlsx [--expect-sheets "Bộ tiêu chí,Phân loại,Tiêu chí"]
                                              [--min-rows "Tiêu chí=2"] [--dump]

--dump prints every sheet as JSON ({"sheet": [[cell, ...], ...]}) with values as openpyxl reads them.
Needs openpyxl (pip install openpyxl).
"""
import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description="Kiểm tra tệp .xlsx bằng openpyxl")
    parser.add_argument("path")
    parser.add_argument("--expect-sheets", help="tên các trang, cách nhau bằng dấu phẩy, đúng thứ tự")
    parser.add_argument("--min-rows", action="append", default=[], help="TRANG=N: trang phải có ít nhất N dòng")
    parser.add_argument("--dump", action="store_true", help="in toàn bộ giá trị dưới dạng JSON")
    args = parser.parse_args()

    try:
        import openpyxl
    except ImportError:
        print("Thiếu openpyxl: pip install openpyxl", file=sys.stderr)
        return 2
    try:
        workbook = openpyxl.load_workbook(args.path, data_only=True)
    except Exception as error:  # openpyxl raises many kinds; any of them means "not readable"
        print(f"Không mở được {args.path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1

    names = workbook.sheetnames
    if not names:
        print("Bảng tính không có trang nào", file=sys.stderr)
        return 1
    rows_by_sheet = {}
    for sheet in workbook.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        while rows and all(value is None for value in rows[-1]):
            rows.pop()
        rows_by_sheet[sheet.title] = rows
        width = max((len(row) for row in rows), default=0)
        print(f"{sheet.title}: {len(rows)} dòng, {width} cột, cố định {sheet.freeze_panes or 'không'}")

    failed = False
    if args.expect_sheets is not None:
        expected = [name.strip() for name in args.expect_sheets.split(",")]
        if names != expected:
            print(f"Các trang là {names}, cần {expected}", file=sys.stderr)
            failed = True
    for requirement in args.min_rows:
        name, _, count = requirement.rpartition("=")
        if name not in rows_by_sheet or len(rows_by_sheet[name]) < int(count):
            print(f"Trang «{name}» cần ít nhất {count} dòng", file=sys.stderr)
            failed = True
    if args.dump:
        print(json.dumps(rows_by_sheet, ensure_ascii=False, default=str))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
