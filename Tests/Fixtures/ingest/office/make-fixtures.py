#!/usr/bin/env python3
"""Writes the .docx/.odt fixtures of OfficeReaderTests. Run from this folder:
python3 make-fixtures.py (needs python-docx and odfpy). Output is deterministic apart from
python-docx/odfpy metadata; the committed files are the reference."""
import datetime
import io
import zipfile

import docx
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P, S, Span, Tab, LineBreak, Note, NoteBody, NoteCitation, TrackedChanges, ChangedRegion
from odf.text import Deletion
from odf.table import Table, TableColumn, TableRow, TableCell

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')


def rels(target):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="' + target + '"/></Relationships>')


def package(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, content in parts:
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + ' ' + MC
            + '><w:body>' + body + '</w:body></w:document>')


def run(text, bold=None):
    props = '' if bold is None else ('<w:rPr><w:b/></w:rPr>' if bold else '<w:rPr><w:b w:val="0"/></w:rPr>')
    return '<w:r>' + props + '<w:t xml:space="preserve">' + text + '</w:t></w:r>'


# Every WordprocessingML construct the reader handles, in a main part that is not word/document.xml.
features = ''.join([
    '<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>' + run('Intervjuare:', True) + run(' Hej ') + run('där', True)
    + '</w:p>',
    '<w:p>' + run('Inte fet', False) + run(' text') + '</w:p>',
    '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>e</w:t><w:noBreakHyphen/>'
    '<w:t>post</w:t><w:sym w:font="Wingdings" w:char="F04A"/><w:softHyphen/></w:r></w:p>',
    '<w:p>' + run('Kvar ') + '<w:ins w:id="1" w:author="A">' + run('infogat ') + '</w:ins>'
    '<w:del w:id="2" w:author="A"><w:r><w:delText>raderat </w:delText></w:r></w:del>' + run('slut') + '</w:p>',
    '<w:p>' + run('Sida ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('7')
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:fldSimple w:instr=" FILENAME ">' + run(' features.docx') + '</w:fldSimple></w:p>',
    '<w:p><w:hyperlink w:history="1">' + run('länk') + '</w:hyperlink></w:p>',
    '<w:p>' + run('Före ') + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
    '<w:p>' + run('Textruta') + '</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
    '<w:txbxContent><w:p>' + run('Textruta') + '</w:p></w:txbxContent></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>' + run('efter') + '</w:p>',
    '<w:tbl><w:tr><w:tc><w:p>' + run('A1') + '</w:p></w:tc><w:tc><w:p>' + run('B1') + '</w:p>'
    '<w:p>' + run('B1 rad 2') + '</w:p></w:tc></w:tr></w:tbl>',
    '<w:p/>',
    '<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>versaler</w:t></w:r></w:p>',
])
package("features.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("/word/main%20part.xml")),
                          ("word/main part.xml", document(features))])

# Teams transcripts, written with python-docx as Teams writes them: a header paragraph, then text.
for name, turns in [
    ("teams.docx", [("Anna Svensson   0:03", "Hej och välkommen till mötet."),
                    ("Björn Ek   1:15", "Tack, jag börjar med AI-strategin."),
                    ("Anna Svensson   1:02:07", "Då avslutar vi.")]),
    ("teams-cues.docx", [("00:00:03.120 --> 00:00:05.900\nAnna Svensson", "Hej och välkommen."),
                         ("00:00:06.000 --> 00:00:09.250\nBjörn Ek", "Tack så mycket.")]),
]:
    d = docx.Document()
    d.add_paragraph("Transkription")
    for header, text in turns:
        head, *rest = header.split("\n")
        p = d.add_paragraph(head)
        for line in rest:
            r = p.add_run()
            r.add_break()
            r.add_text(line)
        d.add_paragraph(text)
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.save(name)

# OpenDocument text with odfpy.
odt = OpenDocumentText()
bold = Style(name="T1", family="text")
bold.addElement(TextProperties(fontweight="bold"))
odt.automaticstyles.addElement(bold)
tracked = TrackedChanges()
region = ChangedRegion(id="ct1", check_grammar=False)
region.addElement(Deletion())
deleted = P(text="raderad text")
region.getElementsByType(Deletion)[0].addElement(deleted)
tracked.addElement(region)
odt.text.addElement(tracked)
odt.text.addElement(H(outlinelevel=1, text="Rubrik"))
p = P()
p.addElement(Span(stylename=bold, text="Intervjuare:"))
p.addText(" Hej")
odt.text.addElement(p)
p = P(text="a")
p.addElement(Tab())
p.addText("b")
p.addElement(LineBreak())
p.addText("c")
p.addElement(S(c=3))
p.addText("d")
odt.text.addElement(p)
p = P(text="Med fotnot")
note = Note(id="n1", noteclass="footnote")
note.addElement(NoteCitation(text="1"))
body = NoteBody()
body.addElement(P(text="Fotnotstext"))
note.addElement(body)
p.addElement(note)
p.addText(".")
odt.text.addElement(p)
table = Table(name="T")
table.addElement(TableColumn(numbercolumnsrepeated=2))
row = TableRow()
for cell_text in ["Cell 1", "Cell 2"]:
    cell = TableCell()
    cell.addElement(P(text=cell_text))
    row.addElement(cell)
table.addElement(row)
odt.text.addElement(table)
odt.save("sample.odt")

# Broken and hostile inputs.
with open("bad/not-a-zip.docx", "w") as f:
    f.write("This is plain text saved with a .docx extension.\n")
good = io.BytesIO()
with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", rels("word/document.xml"))
    z.writestr("word/document.xml", document(run("Hej") * 200))
with open("bad/truncated.docx", "wb") as f:
    f.write(good.getvalue()[: len(good.getvalue()) // 2])
package("bad/no-main-part.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("word/document.xml")),
                                  ("word/styles.xml", "<styles/>")])
package("bad/malformed.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("word/document.xml")),
                               ("word/document.xml", document('<w:p><w:r><w:t>Hej</w:r></w:p>'))])
package("bad/xxe.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("word/document.xml")),
                         ("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w:document '
                          '[<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ' + W
                          + '><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')])
laughs = '<!ENTITY l0 "ha">' + ''.join(
    '<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10))
package("bad/billion-laughs.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("word/document.xml")),
                                    ("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w:document ['
                                     + laughs + ']><w:document ' + W
                                     + '><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>')])
package("bad/zip-bomb.docx", [("[Content_Types].xml", CT), ("_rels/.rels", rels("word/document.xml")),
                              ("word/document.xml", b"\0" * (8 << 20))])
package("bad/spreadsheet.odt", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                ("content.xml", "<x/>")])
