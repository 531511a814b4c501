"""Tiny reportlab canvas layout engine that records every string it draws."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import OUT, WORK


def wrap(s, font, size, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class PDF:
    def __init__(self, base, pagesize, margins=(54, 54, 54, 54), on_page=None, title="Resume"):
        self.base = base
        self.c = canvas.Canvas(os.path.join(OUT, base + ".pdf"), pagesize=pagesize)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.W, self.H = pagesize
        self.lm, self.rm, self.tm, self.bm = margins
        self.strings = []
        self.page = 1
        self.on_page = on_page
        if on_page:
            on_page(self)

    # low level -------------------------------------------------------
    def draw(self, x, y, s, font="Helvetica", size=10, color="#000000", align="left"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(HexColor(color))
        if align == "left":
            c.drawString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        self.strings.append(s)

    def smallcaps(self, x, y, s, font="Helvetica-Bold", size=11, color="#000000", ratio=0.78):
        c = self.c
        t = c.beginText(x, y)
        t.setFillColor(HexColor(color))
        for i, word in enumerate(s.split(" ")):
            if i:
                t.setFont(font, size)
                t.textOut(" ")
            t.setFont(font, size)
            t.textOut(word[0].upper())
            if len(word) > 1:
                t.setFont(font, size * ratio)
                t.textOut(word[1:].upper())
        c.drawText(t)
        self.strings.append(s.upper())

    def rect(self, x, y, w, h, color):
        self.c.setFillColor(HexColor(color))
        self.c.rect(x, y, w, h, stroke=0, fill=1)

    def hline(self, x1, x2, y, color="#000000", width=0.6):
        self.c.setStrokeColor(HexColor(color))
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        if self.on_page:
            self.on_page(self)

    def save(self):
        self.c.save()
        with open(os.path.join(WORK, self.base + ".strings.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.strings) + "\n")
        return self.page


class Col:
    """A flowing column. If breakable, overflow starts a new page."""

    def __init__(self, pdf, x, width, top, bottom, breakable=True, top_next=None):
        self.p, self.x, self.w, self.y, self.bottom = pdf, x, width, top, bottom
        self.breakable = breakable
        self.top_next = top_next if top_next is not None else top

    def need(self, h):
        if self.y - h < self.bottom:
            if not self.breakable:
                raise RuntimeError(f"{self.p.base}: column overflow")
            self.p.new_page()
            self.y = self.top_next

    def space(self, h):
        self.y -= h

    def line(self, s, font="Helvetica", size=10, color="#000000", align="left", lead=None, dx=0):
        lead = lead or size * 1.3
        assert stringWidth(s, font, size) + dx <= self.w + 1, (self.p.base, s)
        self.need(lead)
        self.y -= lead
        x = self.x + dx if align == "left" else (self.x + self.w if align == "right" else self.x + self.w / 2)
        self.p.draw(x, self.y, s, font, size, color, align)

    def lr(self, left, right, fl="Helvetica-Bold", fr="Helvetica", size=10, color="#000000",
           rcolor=None, lead=None, dx=0, rsize=None):
        lead = lead or size * 1.35
        wl = stringWidth(left, fl, size) + stringWidth(right, fr, rsize or size) + dx
        assert wl + 8 < self.w, (self.p.base, left, right, wl, self.w)
        self.need(lead)
        self.y -= lead
        self.p.draw(self.x + dx, self.y, left, fl, size, color)
        self.p.draw(self.x + self.w, self.y, right, fr, rsize or size, rcolor or color, "right")

    def para(self, s, font="Helvetica", size=9.5, color="#000000", lead=None, dx=0, bullet=None,
             bullet_indent=10):
        lead = lead or size * 1.35
        indent = dx + (bullet_indent if bullet else 0)
        lines = wrap(s, font, size, self.w - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if bullet and i == 0:
                self.p.draw(self.x + dx, self.y, bullet, font, size, color)
            self.p.draw(self.x + indent, self.y, ln, font, size, color)

    def heading_caps(self, s, font="Helvetica-Bold", size=11, color="#000000", rule=None, gap=10,
                     spacing=0):
        self.need(gap + size * 1.6 + 30)
        self.y -= gap + size * 1.2
        if spacing:
            self.p.c.setFont(font, size)
            t = self.p.c.beginText(self.x, self.y)
            t.setFont(font, size)
            t.setCharSpace(spacing)
            t.setFillColor(HexColor(color))
            t.textOut(s.upper())
            self.p.c.drawText(t)
            self.p.strings.append(s.upper())
        else:
            self.p.draw(self.x, self.y, s.upper(), font, size, color)
        if rule:
            self.p.hline(self.x, self.x + self.w, self.y - 4, rule, 0.7)
            self.y -= 6
        self.y -= 3

    def heading_smallcaps(self, s, font="Times-Bold", size=12.5, color="#000000", rule=None, gap=10):
        self.need(gap + size * 1.6 + 30)
        self.y -= gap + size * 1.2
        self.p.smallcaps(self.x, self.y, s, font, size, color)
        if rule:
            self.p.hline(self.x, self.x + self.w, self.y - 4, rule, 0.5)
            self.y -= 6
        self.y -= 3
