"""Tiny canvas layout helper that records every string it draws."""
import os

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import OUT, WORK


class PDF:
    def __init__(self, base, pagesize, title="CV", author=""):
        self.base = base
        self.W, self.H = pagesize
        self.c = canvas.Canvas(os.path.join(OUT, base + ".pdf"), pagesize=pagesize, pageCompression=0)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.strings = []
        self.page = 1

    # --- primitives -------------------------------------------------
    def draw(self, x, y, s, font="Helvetica", size=10, color=colors.black, align="l", charspace=0):
        if not s:
            return
        c = self.c
        c.setFillColor(color)
        w0 = stringWidth(s, font, size) + charspace * (len(s) - 1)
        x0 = x if align == "l" else (x - w0 if align == "r" else x - w0 / 2)
        if x0 < 20 or x0 + w0 > self.W - 20:
            raise ValueError("off page: %r" % s)
        if charspace:
            t = c.beginText()
            t.setFont(font, size)
            t.setCharSpace(charspace)
            w = stringWidth(s, font, size) + charspace * (len(s) - 1)
            if align == "c":
                x -= w / 2
            elif align == "r":
                x -= w
            t.setTextOrigin(x, y)
            t.textOut(s)
            c.drawText(t)
        else:
            c.setFont(font, size)
            if align == "l":
                c.drawString(x, y, s)
            elif align == "r":
                c.drawRightString(x, y, s)
            else:
                c.drawCentredString(x, y, s)
        self.strings.append(s)

    def smallcaps(self, x, y, s, font="Times-Roman", size=12, color=colors.black, ratio=0.78):
        """Fake small caps: capitals full size, the rest upper-case at `ratio` size."""
        cx = x
        for wi, word in enumerate(s.split(" ")):
            if wi:
                cx += stringWidth(" ", font, size)
            head, tail = word[:1], word[1:].upper()
            self.draw(cx, y, head, font, size, color)
            cx += stringWidth(head, font, size)
            if tail:
                self.draw(cx, y, tail, font, size * ratio, color)
                cx += stringWidth(tail, font, size * ratio)
        return cx

    @staticmethod
    def wrap(s, font, size, maxw):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if stringWidth(trial, font, size) <= maxw:
                cur = trial
            else:
                if cur:
                    lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def rect(self, x, y, w, h, fill):
        self.c.setFillColor(fill)
        self.c.rect(x, y, w, h, stroke=0, fill=1)

    def hline(self, x1, x2, y, color=colors.grey, width=0.5):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.save()
        with open(os.path.join(WORK, self.base + ".strings.txt"), "w", encoding="utf-8") as f:
            for s in self.strings:
                f.write(s.replace("\n", " ") + "\n")


class Flow:
    """A single text column with a moving y cursor and automatic page breaks."""

    def __init__(self, pdf, x, width, top, bottom, on_new_page=None):
        self.p, self.x, self.w, self.top, self.bottom = pdf, x, width, top, bottom
        self.y = top
        self.on_new_page = on_new_page

    def need(self, h):
        if self.y - h < self.bottom:
            self.p.new_page()
            self.y = self.top
            if self.on_new_page:
                self.y = self.on_new_page(self.p) or self.top

    def space(self, h):
        self.y -= h

    def line(self, s, font="Helvetica", size=10, color=colors.black, indent=0, lead=None,
             right=None, rfont=None, rsize=None, rcolor=None, align="l"):
        lead = lead or size * 1.3
        used = stringWidth(s, font, size) + indent
        if right:
            used += stringWidth(right, rfont or font, rsize or size) + 12
        if used > self.w + 0.5:
            raise ValueError("overflow (%.0f > %.0f): %r" % (used, self.w, s))
        self.need(lead)
        self.y -= lead
        if align == "c":
            self.p.draw(self.x + self.w / 2, self.y, s, font, size, color, align="c")
        else:
            self.p.draw(self.x + indent, self.y, s, font, size, color)
        if right:
            self.p.draw(self.x + self.w, self.y, right, rfont or font, rsize or size, rcolor or color, align="r")

    def para(self, s, font="Helvetica", size=10, color=colors.black, indent=0, lead=None,
             bullet=None, bullet_indent=0):
        lead = lead or size * 1.3
        lines = PDF.wrap(s, font, size, self.w - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0 and bullet:
                self.p.draw(self.x + bullet_indent, self.y, bullet, font, size, color)
            self.p.draw(self.x + indent, self.y, ln, font, size, color)

    def bullets(self, items, font="Helvetica", size=10, color=colors.black, glyph="\u2022",
                indent=12, bullet_indent=2, lead=None, gap=0):
        for it in items:
            self.para(it, font, size, color, indent=indent, lead=lead, bullet=glyph, bullet_indent=bullet_indent)
            self.y -= gap
