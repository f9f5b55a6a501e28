#!/usr/bin/env python3
"""Workbook fixtures for tthc-check's workbook reader, written by openpyxl — another writer than the
reader, so that the tests read what a real spreadsheet program writes.

    python3 scripts/make-workbook-fixtures.py                 # fixtures/workbooks/ (deterministic)
    python3 scripts/make-workbook-fixtures.py --register OUT ROWS
                                                              # a big dossier register for the bench
    python3 scripts/make-workbook-fixtures.py --html-register OUT ROWS
                                                              # the same as a one-stop HTML export

Needs openpyxl (`pip install openpyxl`). Output is byte-for-byte the same on every run: document
properties and ZIP entry times are fixed. Codes and names are real records of the national database
(shared data, csdlqg-records.csv); levels, dates and dossiers are invented.
"""
import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = Path(__file__).resolve().parent.parent / 'fixtures' / 'workbooks'
FIXED_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DATETIME = dt.datetime(2025, 1, 1)
SUFFIX = '.000.00.00.H23'

# code, name, agency (grouped so that agency cells can be merged down)
PROCEDURES = [
    ('1.116555', 'Chấm dứt hoạt động văn phòng giám định tư pháp', 'Sở Tư pháp'),
    ('1.116554', 'Tạm ngừng hoạt động của văn phòng giám định tư pháp', 'Sở Tư pháp'),
    ('2.002139', 'Đăng ký tham dự kiểm tra kết quả tập sự hành nghề đấu giá tài sản', 'Sở Tư pháp'),
    ('3.000449', 'Công bố đối với nguyên liệu sản xuất thiết bị y tế, chất ngoại kiểm chứa chất ma túy và tiền chất', 'Sở Y tế'),
    ('2.000655', 'Công bố cơ sở đủ điều kiện tiêm chủng', 'Sở Y tế'),
    ('1.014102', 'Thông báo hoạt động bán lẻ thuốc lưu động', 'Sở Y tế'),
    ('1.115407', 'Kiểm tra chất lượng hàng hóa vật liệu xây dựng nhập khẩu có mức độ rủi ro cao', 'Sở Xây dựng'),
    ('3.000620', 'Điều chỉnh Quyết định chấp thuận nhà đầu tư dự án lưới điện', 'Ủy ban nhân dân cấp tỉnh'),
]
LEVELS = ['Toàn trình', 'Một phần', 'Mức độ 2', 'Toàn trình', 'Một phần', 'Toàn trình', 'Mức độ 2', 'Một phần']
PORTAL = ['Có', 'Có', 'Không', 'Có', 'Không', 'Có', 'Không', 'Có']
HEADERS = ['STT', 'Mã TTHC', 'Tên thủ tục', 'Cơ quan thực hiện', 'Cấp thực hiện', 'Mức độ DVC',
           'Tích hợp DVCQG', 'Ngày ký QĐ công bố', 'Ngày cập nhật CSDLQG']
DATE = 'dd/mm/yyyy'
DATE_TIME = 'dd/mm/yyyy hh:mm'


def fixed_properties(wb):
    wb.properties.creator = 'tthc-check fixtures'
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
    wb.properties.lastModifiedBy = None


def save(wb, name, patches=()):
    """Saves with fixed entry times; `patches` are (part, old, new) byte replacements, for what openpyxl
    cannot write itself (a formula's stored result, which Excel always saves)."""
    fixed_properties(wb)
    raw = io.BytesIO()
    wb.save(raw)
    rewrite(raw, OUT / name, patches)


def rewrite(source, target, patches=()):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == 'docProps/core.xml':
                # openpyxl stamps the time of saving, whatever the properties say.
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2025-01-01T00:00:00Z', data)
            for part, old, new in patches:
                if part == name:
                    assert old in data, (name, old)
                    data = data.replace(old, new)
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def procedure_sheet(ws, rows, signed, updated, first_code_as_number=False):
    """A provincial list as portals export it: two title rows, a blank row, the header on row 4,
    agency cells merged down, a formula, a total row and a signature footer."""
    width = len(HEADERS)
    ws.append(['ỦY BAN NHÂN DÂN TỈNH HÀ NAM'])
    ws.append(['DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CÁC CƠ QUAN CẤP TỈNH'])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append([])
    ws.append(HEADERS)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    first = 5
    for i, (code, name, agency) in enumerate(rows):
        r = first + i
        ws.cell(r, 1, 1 if i == 0 else f'=A{r - 1}+1')
        ws.cell(r, 2, code + SUFFIX)
        ws.cell(r, 3, name)
        ws.cell(r, 4, agency)
        ws.cell(r, 5, 'Cấp tỉnh')
        ws.cell(r, 6, LEVELS[i % len(LEVELS)])
        ws.cell(r, 7, PORTAL[i % len(PORTAL)])
        ws.cell(r, 8, signed[i]).number_format = DATE
        if updated[i] is not None:
            ws.cell(r, 9, updated[i]).number_format = DATE_TIME if isinstance(updated[i], dt.datetime) and updated[i].hour else DATE
    if first_code_as_number:
        # A base code typed into a cell formatted 0.000000: Excel shows 3.000620, not 3.00062.
        last = first + len(rows) - 1
        ws.cell(last, 2, float(rows[-1][0])).number_format = '0.000000'
    # Agency cells merged down over each group, as these lists are laid out.
    start = first
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][2] != rows[start - first][2]:
            end = first + i - 1
            if end > start:
                for r in range(start + 1, end + 1):
                    ws.cell(r, 4).value = None
                ws.merge_cells(start_row=start, start_column=4, end_row=end, end_column=4)
                ws.cell(start, 4).alignment = Alignment(vertical='center')
            start = first + i
    total = first + len(rows)
    ws.cell(total, 1, 'Tổng cộng')
    ws.cell(total, 3, f'{len(rows)} thủ tục')
    ws.cell(total + 2, 3, 'Người lập biểu')
    ws.cell(total + 2, 8, 'Hà Nam, ngày 15 tháng 3 năm 2025')
    ws.cell(total + 3, 3, '(Ký, ghi rõ họ tên)')
    return first


def formula_results(sheet_part, first, count):
    """The results Excel would have stored beside the STT formulas (openpyxl stores none)."""
    return [(sheet_part, f'<c r="A{r}"><f>A{r - 1}+1</f><v /></c>'.encode(),
             f'<c r="A{r}"><f>A{r - 1}+1</f><v>{r - first + 1}</v></c>'.encode())
            for r in range(first + 1, first + count)]


def signed_dates():
    return [dt.date(2025, 3, 5)] * 3 + [dt.date(2025, 2, 20)] * 3 + [dt.date(2025, 1, 10), dt.date(2024, 12, 27)]


def updated_dates():
    return [dt.date(2025, 3, 12), dt.datetime(2025, 3, 11, 14, 30), None,
            dt.date(2025, 2, 26), dt.date(2025, 3, 3), None, dt.date(2025, 1, 16), dt.date(2025, 1, 6)]


def procedures_list():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Danh mục TTHC'
    first = procedure_sheet(ws, PROCEDURES, signed_dates(), updated_dates(), first_code_as_number=True)
    save(wb, 'procedures-ha-nam.xlsx', formula_results('xl/worksheets/sheet1.xml', first, len(PROCEDURES)))
    # As Excel saves it: a shared-string table, one entry in rich text with a phonetic guide.
    path = OUT / 'procedures-ha-nam.xlsx'
    source = io.BytesIO(path.read_bytes())
    name = PROCEDURES[0][1]
    runs = f'<r><rPr><b/></rPr><t xml:space="preserve">{name[:9]}</t></r><r><t>{name[9:]}</t></r><rPh sb="0" eb="1"><t>x</t></rPh>'
    to_shared_strings(source, path, rich={name.encode(): runs.encode()})


def procedures_1904():
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = 'Danh mục'
    rows = PROCEDURES[:3]
    first = procedure_sheet(ws, rows, signed_dates()[:3], updated_dates()[:3])
    save(wb, 'procedures-1904.xlsx', formula_results('xl/worksheets/sheet1.xml', first, len(rows)))


def hidden_sheet_first():
    wb = Workbook()
    hidden = wb.active
    hidden.title = 'Dữ liệu cũ'
    hidden.append(['Mã TTHC', 'Mức độ DVC'])
    hidden.append(['1.000001' + SUFFIX, 'Mức độ 3'])
    hidden.sheet_state = 'hidden'
    ws = wb.create_sheet('Danh mục')
    rows = PROCEDURES[3:6]
    procedure_sheet(ws, rows, signed_dates()[3:6], updated_dates()[3:6])
    # A sheet named like a number: #2025 names it, as the workbook has only three sheets.
    notes = wb.create_sheet('2025')
    notes.append(['Mã TTHC', 'Ghi chú'])
    notes.append(['1.014102' + SUFFIX, 'Đã rà soát'])
    # Saved as openpyxl leaves it, formulas without stored results: the reader says so.
    save(wb, 'hidden-sheet-first.xlsx')


def two_sheets():
    wb = Workbook()
    province = wb.active
    province.title = 'Cấp tỉnh'
    province.append(['Mã TTHC', 'Tên thủ tục', 'Mức độ DVC'])
    for (code, name, _), level in zip(PROCEDURES[:2], LEVELS):
        province.append([code + SUFFIX, name, level])
    commune = wb.create_sheet('Cấp xã')
    commune.append(['Mã TTHC', 'Tên thủ tục', 'Mức độ DVC'])
    commune.append(['2.000635.000.00.00.H23', 'Cấp bản sao trích lục hộ tịch', 'Toàn trình'])
    commune.append(['1.001193.000.00.00.H23', 'Thủ tục đăng ký khai sinh', 'Một phần'])
    save(wb, 'two-sheets.xlsx')


DOSSIERS = [
    ('000.00.30.H23-250303-0001', '1.116555', 'Trực tuyến', '03/03/2025 08:15', '10/03/2025', 'Đã trả kết quả'),
    ('000.00.30.H23-250303-0002', '1.116555', 'Trực tiếp', '03/03/2025 09:40', '10/03/2025', 'Đang xử lý'),
    ('000.00.30.H23-250304-0003', '2.000655', 'Bưu chính công ích', '04/03/2025 14:05', '18/03/2025', 'Đã trả kết quả'),
    ('000.00.30.H23-250305-0004', '1.014102', 'Trực tuyến', '05/03/2025 10:00', '12/03/2025', 'Từ chối'),
    ('000.00.30.H23-250306-0005', '3.000620', 'Trực tiếp', '06/03/2025 15:30', '27/03/2025', 'Đã hủy'),
]


def html_register():
    """A one-stop system's "Excel" export: an HTML page under an .xls name, a title row in the table,
    entities, a line break in a cell, and one procedure cell spanning two rows."""
    names = {code: name for code, name, _ in PROCEDURES}
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
           '<head><meta charset=utf-8><title>Danh sách hồ sơ</title>',
           '<style>td { mso-number-format:"\\@"; }</style></head><body>',
           '<table border=1>',
           '<tr><td colspan=8><b>DANH SÁCH HỒ SƠ TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA &amp; CỔNG DVC</b></td></tr>',
           '<tr><td>STT</td><td>Mã hồ sơ</td><td>Mã TTHC</td><td>Tên thủ tục</td><td>Hình thức nộp</td>'
           '<td>Ngày tiếp nhận</td><td>Ngày hẹn trả</td><td>Trạng thái</td></tr>']
    for i, (dossier, code, channel, received, due, status) in enumerate(DOSSIERS):
        cells = [str(i + 1), dossier]
        if i == 0:
            cells += [f'<td rowspan=2>{code}{SUFFIX}</td>', f'<td rowspan=2>{names[code]}</td>']
        elif i != 1:
            cells += [f'<td>{code}{SUFFIX}</td>', f'<td>{names[code]}</td>']
        cells += [channel, received.replace(' ', '<br>') if i == 2 else received, due, status]
        out.append('<tr>' + ''.join(c if c.startswith('<td') else f'<td>{c}</td>' for c in cells) + '</tr>')
    out += ['</table>', '</body></html>', '']
    (OUT / 'dossiers-one-stop.xls').write_text('\n'.join(out), encoding='utf-8')


def merged_register():
    """A small register in .xlsx whose procedure cells are merged down over two dossiers: streamed, the
    merge list comes after the rows, so the reader warns of the first range."""
    names = {code: name for code, name, _ in PROCEDURES}
    wb = Workbook()
    ws = wb.active
    ws.title = 'Hồ sơ'
    ws.append(['Số hồ sơ', 'Mã TTHC', 'Tên thủ tục', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'])
    for dossier, code, channel, received, due, status in DOSSIERS:
        ws.append([dossier, code + SUFFIX, names[code], channel, received, due, status])
    ws.cell(3, 2).value = None
    ws.cell(3, 3).value = None
    ws.merge_cells('B2:B3')
    ws.merge_cells('C2:C3')
    save(wb, 'dossiers-merged.xlsx')


def refusals():
    """Spreadsheets the reader refuses: an OpenDocument spreadsheet and a ZIP of a CSV."""
    with zipfile.ZipFile(OUT / 'spreadsheet.ods', 'w') as z:
        info = zipfile.ZipInfo('mimetype', FIXED_TIME)
        z.writestr(info, 'application/vnd.oasis.opendocument.spreadsheet')
        info = zipfile.ZipInfo('content.xml', FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    with zipfile.ZipFile(OUT / 'csv-in-a-zip.xlsx', 'w') as z:
        info = zipfile.ZipInfo('procedures.csv', FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, 'Mã TTHC,Mức độ DVC\n1.116555.000.00.00.H23,Toàn trình\n')


def register(out, rows):
    """A dossier register of `rows` rows as Excel saves one: shared strings (one per dossier id), the
    sheet stored before the shared strings and styles, dates as date cells."""
    rng = random.Random(7)
    codes = [f'1.{rng.randrange(1000, 13000):06d}{SUFFIX}' for _ in range(500)]
    channels = ['Trực tuyến', 'Trực tiếp', 'Bưu chính công ích']
    statuses = ['Đã trả kết quả', 'Đang xử lý', 'Đã hủy', 'Từ chối']
    wb = Workbook(write_only=True)
    fixed_properties(wb)
    ws = wb.create_sheet('Hồ sơ')
    ws.append(['STT', 'Số hồ sơ', 'Mã TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'])
    base = dt.datetime(2025, 1, 1, 8, 0)
    for i in range(rows):
        received = base + dt.timedelta(minutes=rng.randrange(0, 525600))
        due = (received + dt.timedelta(days=rng.randrange(3, 30))).date()
        finished = (received + dt.timedelta(days=rng.randrange(1, 35))).date() if rng.random() < 0.7 else None
        ws.append([i + 1, f'000.00.30.H23-{received:%y%m%d}-{i:07d}', codes[i % 500], channels[i % 3],
                   received, due, finished, statuses[i % 4]])
    inline = Path(out).with_suffix('.inline.xlsx')
    wb.save(inline)
    to_shared_strings(inline, out)
    inline.unlink()


def html_big_register(out, rows):
    """The register as one-stop systems export it: an HTML table under an .xls name, dates as text."""
    rng = random.Random(7)
    codes = [f'1.{rng.randrange(1000, 13000):06d}{SUFFIX}' for _ in range(500)]
    channels = ['Trực tuyến', 'Trực tiếp', 'Bưu chính công ích']
    statuses = ['Đã trả kết quả', 'Đang xử lý', 'Đã hủy', 'Từ chối']
    base = dt.datetime(2025, 1, 1, 8, 0)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('<html><head><meta charset=utf-8></head><body><table border=1>\n<tr><td colspan=8>DANH SÁCH HỒ SƠ</td></tr>\n'
                '<tr><td>STT</td><td>Số hồ sơ</td><td>Mã TTHC</td><td>Hình thức nộp</td><td>Ngày tiếp nhận</td>'
                '<td>Ngày hẹn trả</td><td>Ngày trả kết quả</td><td>Trạng thái</td></tr>\n')
        for i in range(rows):
            received = base + dt.timedelta(minutes=rng.randrange(0, 525600))
            due = received + dt.timedelta(days=rng.randrange(3, 30))
            finished = f'{received + dt.timedelta(days=rng.randrange(1, 35)):%d/%m/%Y}' if rng.random() < 0.7 else ''
            f.write(f'<tr><td>{i + 1}</td><td>000.00.30.H23-{received:%y%m%d}-{i:07d}</td><td>{codes[i % 500]}</td>'
                    f'<td>{channels[i % 3]}</td><td>{received:%d/%m/%Y %H:%M}</td><td>{due:%d/%m/%Y}</td>'
                    f'<td>{finished}</td><td>{statuses[i % 4]}</td></tr>\n')
        f.write('</table></body></html>\n')


INLINE = re.compile(rb'<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)
EXCEL_ORDER = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']


def to_shared_strings(src, dst, rich=None):
    """openpyxl's write-only mode writes inline strings; Excel writes a shared-string table, and stores
    the sheets before it and before the styles. Rewritten here, streaming, as Excel would save it."""
    index, strings = {}, []

    def shared(m):
        text = m.group(3)
        i = index.get(text)
        if i is None:
            i = index[text] = len(strings)
            strings.append(text)
        return b'<c r="' + m.group(1) + b'"' + (m.group(2) or b'') + b' t="s"><v>' + str(i).encode() + b'</v></c>'

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        sheets = [n for n in names if n.startswith('xl/worksheets/')]
        rest = [n for n in names if n not in EXCEL_ORDER and n not in sheets]
        for name in EXCEL_ORDER + sheets + ['xl/sharedStrings.xml'] + rest:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in sheets:
                with zin.open(name) as fin, zout.open(info, 'w') as fout:
                    pending = b''
                    while True:
                        chunk = fin.read(1 << 20)
                        pending += chunk
                        cut = pending.rfind(b'</row>') + 6 if chunk else len(pending)
                        if cut >= 6 or not chunk:
                            fout.write(INLINE.sub(shared, pending[:cut]))
                            pending = pending[cut:]
                        if not chunk:
                            break
            elif name == 'xl/sharedStrings.xml':
                with zout.open(info, 'w') as fout:
                    fout.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
                               % (len(strings), len(strings)))
                    for s in strings:
                        fout.write(b'<si>' + (rich or {}).get(s, b'<t>' + s + b'</t>') + b'</si>')
                    fout.write(b'</sst>')
            else:
                data = zin.read(name)
                if name == 'xl/_rels/workbook.xml.rels':
                    data = data.replace(b'</Relationships>', b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
                if name == '[Content_Types].xml':
                    data = data.replace(b'</Types>', b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
                zout.writestr(info, data)


DEMO = Path(__file__).resolve().parent.parent / 'fixtures' / 'demo'


def demo_rows(name):
    with open(DEMO / name, encoding='utf-8-sig', newline='') as f:
        text = f.read()
    delimiter = ';' if text.split('\n', 1)[0].count(';') > text.split('\n', 1)[0].count(',') else ','
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return rows[0], [row for row in rows[1:] if any(cell.strip() for cell in row)]


def as_date(value):
    """A dd/MM/yyyy cell as a date cell, as Excel keeps typed dates; anything else stays text."""
    m = re.fullmatch(r'(\d{2})/(\d{2})/(\d{4})', value)
    return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else value


def demo_procedures():
    """The demo's procedure list as the portal's Excel export: a notes sheet first (no header, so the
    list is found on the second), title rows, the header on row 4, STT by formula with stored results,
    agency and tier cells merged down over runs of equal values, date cells, a total row and a footer.
    Read with merges applied, it gives the rows of fixtures/demo/procedures.csv."""
    header, rows = demo_rows('procedures.csv')
    wb = Workbook()
    notes = wb.active
    notes.title = 'Hướng dẫn'
    notes.append(['Danh mục xuất từ Cổng dịch vụ công tỉnh Hà Nam ngày 31/12/2021'])
    ws = wb.create_sheet('Danh mục TTHC')
    width = len(header)
    ws.append(['ỦY BAN NHÂN DÂN TỈNH HÀ NAM'])
    ws.append(['DANH MỤC THỦ TỤC HÀNH CHÍNH CÔNG BỐ TRÊN CỔNG DỊCH VỤ CÔNG TỈNH'])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append([])
    ws.append(header)
    first = 5
    dates = {header.index('Ngày ký QĐ công bố'), header.index('Ngày cập nhật CSDLQG')}
    for i, row in enumerate(rows):
        r = first + i
        for c, value in enumerate(row):
            if c == 0:
                ws.cell(r, 1, 1 if i == 0 else f'=A{r - 1}+1')
            elif c in dates and value:
                ws.cell(r, c + 1, as_date(value)).number_format = DATE
            elif value != '':
                ws.cell(r, c + 1, value)
    for column in (header.index('Cơ quan thực hiện'), header.index('Cấp thực hiện')):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][column] != rows[start][column]:
                if i - 1 > start and rows[start][column]:
                    for r in range(first + start + 1, first + i):
                        ws.cell(r, column + 1).value = None
                    ws.merge_cells(start_row=first + start, start_column=column + 1, end_row=first + i - 1, end_column=column + 1)
                start = i
    total = first + len(rows)
    ws.cell(total, 1, 'Tổng cộng')
    ws.cell(total, 3, f'{len(rows)} thủ tục')
    ws.cell(total + 2, 3, 'Người lập biểu')
    ws.cell(total + 2, 8, 'Hà Nam, ngày 31 tháng 12 năm 2021')
    ws.cell(total + 3, 3, '(Ký, ghi rõ họ tên)')
    stt = [(f'xl/worksheets/sheet2.xml', f'<c r="A{r}"><f>A{r - 1}+1</f><v /></c>'.encode(),
            f'<c r="A{r}"><f>A{r - 1}+1</f><v>{r - first + 1}</v></c>'.encode()) for r in range(first + 1, total)]
    save(wb, 'demo-procedures.xlsx', stt)


def demo_national():
    """The demo's national list as a plain .xlsx: header on row 1, one sheet."""
    header, rows = demo_rows('national.csv')
    wb = Workbook()
    ws = wb.active
    ws.title = 'CSDLQG'
    ws.append(header)
    for row in rows:
        ws.append(row)
    save(wb, 'demo-national.xlsx')


def demo_holidays():
    """The 2021 schedule as an .xlsx with date cells."""
    with open(DEMO.parent / 'holidays-2021.csv', encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    wb = Workbook()
    ws = wb.active
    ws.title = 'Lịch nghỉ 2021'
    ws.append(rows[0])
    for date, kind, *note in rows[1:]:
        ws.append([dt.date.fromisoformat(date), kind, *note])
        ws.cell(ws.max_row, 1).number_format = 'yyyy-mm-dd'
    save(wb, 'demo-holidays-2021.xlsx')


def demo_dossiers():
    """The demo's register as a one-stop system's "Excel" export: an HTML table under an .xls name,
    a title row in the table, the receiving agency spanning runs of equal cells (rowspan)."""
    header, rows = demo_rows('dossiers.csv')
    esc = lambda v: v.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    agency = header.index('Đơn vị tiếp nhận')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
           '<table border="1">',
           f'<tr><td colspan="{len(header)}"><b>SỔ THEO DÕI HỒ SƠ TIẾP NHẬN 01/01/2021 – 30/11/2021</b></td></tr>',
           '<tr>' + ''.join(f'<th>{esc(h)}</th>' for h in header) + '</tr>']
    i = 0
    spans = {}
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][agency] == rows[i][agency] and j + 1 - i < 8:
            j += 1
        spans[i] = j - i + 1
        i = j + 1
    covered = set()
    for start, span in spans.items():
        covered.update(range(start + 1, start + span))
    for i, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if c == agency:
                if i in covered:
                    continue
                if spans.get(i, 1) > 1:
                    cells.append(f'<td rowspan="{spans[i]}">{esc(value)}</td>')
                    continue
            cells.append(f'<td>{esc(value)}</td>')
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out += ['</table>', '</body></html>', '']
    (OUT / 'demo-dossiers.xls').write_text('\n'.join(out), encoding='utf-8')


def main(argv):
    if argv[:1] == ['--register']:
        register(argv[1], int(argv[2]))
        return
    if argv[:1] == ['--html-register']:
        html_big_register(argv[1], int(argv[2]))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    procedures_list()
    procedures_1904()
    hidden_sheet_first()
    two_sheets()
    html_register()
    refusals()
    merged_register()
    demo_procedures()
    demo_national()
    demo_holidays()
    demo_dossiers()


if __name__ == '__main__':
    main(sys.argv[1:])
