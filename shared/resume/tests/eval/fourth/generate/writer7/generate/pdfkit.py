# Minimal canvas-based layout helper that records every string it draws.
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.lib.colors import HexColor, black, white
from common import OUT, WORK

class Doc:
    def __init__(self, base, pagesize=A4, margins=(2*cm, 2*cm, 1.8*cm, 1.8*cm), footer=None):
        self.base = base
        self.W, self.H = pagesize
        self.lm, self.rm, self.tm, self.bm = margins
        self.c = canvas.Canvas(os.path.join(OUT, base + ".pdf"), pagesize=pagesize)
        self.c.setTitle(base); self.c.setAuthor("")
        self.strings = []
        self.page = 1
        self.footer = footer
        self.x0, self.x1 = self.lm, self.W - self.rm
        self.y = self.H - self.tm
        self.page_log = []   # (page, marker)
        self.on_new_page = None
        self.boxes = []

    # --- primitives
    def draw(self, x, y, s, font="Helvetica", size=10, color=black, align="left"):
        c = self.c
        c.setFont(font, size); c.setFillColor(color)
        w = c.stringWidth(s, font, size)
        x_left = x if align == "left" else (x - w if align == "right" else x - w / 2)
        self.boxes.append((self.page, x_left, y, w, size, s))
        if align == "left": c.drawString(x, y, s)
        elif align == "right": c.drawRightString(x, y, s)
        else: c.drawCentredString(x, y, s)
        self.strings.append(s)

    def smallcaps(self, x, y, s, font="Times-Roman", size=12, color=black, center=False):
        """Simulated small caps: initial capitals full size, other letters as smaller capitals."""
        c = self.c; c.setFillColor(color)
        def sz(ch): return size if (ch.isupper() or not ch.isalpha()) else size * 0.78
        total = sum(c.stringWidth(ch.upper(), font, sz(ch)) for ch in s)
        if center: x = x - total / 2
        self.boxes.append((self.page, x, y, total, size, s.upper()))
        cx = x
        for word_i, word in enumerate(s.split(" ")):
            if word_i: cx += c.stringWidth(" ", font, size)
            for i, ch in enumerate(word):
                sz = size if (ch.isupper() or not ch.isalpha()) else size * 0.78
                c.setFont(font, sz); c.drawString(cx, y, ch.upper())
                cx += c.stringWidth(ch.upper(), font, sz)
        self.strings.append(s.upper())

    def finish_page(self):
        if self.footer:
            self.footer(self)

    def newpage(self):
        self.finish_page()
        self.c.showPage()
        self.page_log.append(("break", self.strings[-3:]))
        self.page += 1
        self.y = self.H - self.tm
        if self.on_new_page: self.on_new_page(self)

    def need(self, h):
        if self.y - h < self.bm:
            self.newpage()

    # --- flow helpers in the current column [x0, x1]
    def line(self, s, font="Helvetica", size=10, color=black, lead=None, x=None, align="left"):
        lead = lead or size * 1.32
        self.need(lead)
        self.y -= lead
        xx = self.x0 if x is None else x
        if align == "right": xx = self.x1
        if align == "center": xx = (self.x0 + self.x1) / 2
        self.draw(xx, self.y, s, font, size, color, align)

    def para(self, s, font="Helvetica", size=10, color=black, lead=None, indent=0, bullet=None, x1=None):
        lead = lead or size * 1.32
        width = (x1 or self.x1) - self.x0 - indent
        lines = simpleSplit(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if bullet and i == 0:
                self.draw(self.x0 + indent - 9, self.y, bullet, font, size, color)
            self.draw(self.x0 + indent, self.y, ln, font, size, color)

    def left_right(self, left, right, lfont="Helvetica-Bold", rfont="Helvetica", size=10, color=black, lead=None):
        lead = lead or size * 1.4
        self.need(lead)
        self.y -= lead
        self.draw(self.x0, self.y, left, lfont, size, color)
        self.draw(self.x1, self.y, right, rfont, size, color, "right")

    def gap(self, h):
        self.y -= h

    def rule(self, color=black, width=0.6, dy=3):
        self.c.setStrokeColor(color); self.c.setLineWidth(width)
        self.c.line(self.x0, self.y - dy, self.x1, self.y - dy)
        self.y -= dy

    def mark(self, label):
        self.page_log.append((self.page, label))

    def layout_problems(self):
        """Strings running off the page, or overlapping another string on the same baseline."""
        probs = []
        for b in self.boxes:
            pg, x, y, w, sz, s = b
            if x < 0.5 * 28.35 or x + w > self.W - 0.5 * 28.35 or y < 0.5 * 28.35 or y > self.H - 0.3 * 28.35:
                probs.append(("offpage", b))
        byline = {}
        for b in self.boxes:
            byline.setdefault((b[0], round(b[2], 1)), []).append(b)
        for k, bs in byline.items():
            bs.sort(key=lambda b: b[1])
            for a, b2 in zip(bs, bs[1:]):
                if a[1] + a[3] > b2[1] + 0.5:
                    probs.append(("overlap", a[5], b2[5]))
        return probs

    def save(self):
        self.finish_page()
        self.c.save()
        with open(os.path.join(WORK, self.base + ".strings.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.strings) + "\n")
        return self.page
