"""Tiny layout layer over the reportlab canvas that records every string drawn.

Every call that puts text on the page goes through PDF.text(), which appends the
exact string to self.strings (written to work/NAME.strings.txt) and to self.log
as (page, string) so generators can assert where things landed.
"""
import os

from reportlab.lib.colors import black, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import OUT, WORK


class PDF:
    def __init__(self, stem, pagesize=A4, title=None, author=None):
        self.stem = stem
        self.path = os.path.join(OUT, stem + ".pdf")
        self.c = canvas.Canvas(self.path, pagesize=pagesize)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.W, self.H = pagesize
        self.page = 1
        self.strings = []
        self.log = []
        self.boxes = []
        self.on_new_page = None

    # -- primitives ---------------------------------------------------------
    def width(self, text, font, size):
        return stringWidth(text, font, size)

    def text(self, x, y, s, font="Helvetica", size=10, color=black, align="left", maxw=None):
        for ch in s:  # standard Type-1 fonts: stay inside cp1252 or reportlab swaps fonts
            try:
                ch.encode("cp1252")
            except UnicodeEncodeError:
                raise ValueError("non-cp1252 char %r in %r" % (ch, s))
        w = stringWidth(s, font, size)
        if maxw is not None and w > maxw + 0.01:
            raise ValueError("text too wide (%.1f > %.1f): %r" % (w, maxw, s))
        if x < 0 or (align == "left" and x + w > self.W) or (align == "right" and x - w < 0):
            raise ValueError("text off page: %r" % s)
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        if align == "left":
            self.c.drawString(x, y, s)
        elif align == "right":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawCentredString(x, y, s)
        self.strings.append(s)
        self.log.append((self.page, s))
        x0 = x if align == "left" else (x - w if align == "right" else x - w / 2)
        self.boxes.append((self.page, x0, y - 0.22 * size, x0 + w, y + 0.75 * size, s))
        return w

    def smallcaps(self, x, y, s, font="Times-Roman", size=12, color=black, ratio=0.78):
        """Faux small caps: capitals at full size, lower-case letters as smaller capitals."""
        cx = x
        run, run_lower = "", None
        pieces = []
        for ch in s:
            lower = ch.islower()
            if run and lower != run_lower:
                pieces.append((run, run_lower))
                run = ""
            run += ch.upper() if lower else ch
            run_lower = lower
        if run:
            pieces.append((run, run_lower))
        for piece, lower in pieces:
            sz = size * ratio if lower else size
            cx += self.text(cx, y, piece, font=font, size=sz, color=color)
        return cx - x

    def rule(self, x1, y, x2, color=black, width=0.6):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def rect(self, x, y, w, h, fill):
        self.c.setFillColor(fill)
        self.c.rect(x, y, w, h, stroke=0, fill=1)

    def wrap(self, text, font, size, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            trial = w if not cur else cur + " " + w
            if stringWidth(trial, font, size) <= width:
                cur = trial
            else:
                if cur:
                    lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def new_page(self):
        self.c.showPage()
        self.page += 1
        if self.on_new_page:
            self.on_new_page(self)

    def check_overlaps(self, tol=0.3):
        """Fail if any two drawn strings overlap on the same page, or run off the page."""
        bad = []
        bs = sorted(self.boxes, key=lambda b: (b[0], -b[4]))
        for i, a in enumerate(bs):
            if a[1] < 20 or a[3] > self.W - 20 or a[2] < 15 or a[4] > self.H - 15:
                bad.append(("margin", a[5]))
            for b in bs[i + 1:]:
                if b[0] != a[0] or b[4] < a[2] - 50:
                    break
                if (min(a[3], b[3]) - max(a[1], b[1]) > tol and
                        min(a[4], b[4]) - max(a[2], b[2]) > tol):
                    bad.append((a[5], b[5]))
        if bad:
            raise ValueError("%s: overlapping text %r" % (self.stem, bad[:5]))

    def save(self):
        self.check_overlaps()
        self.c.save()
        with open(os.path.join(WORK, self.stem + ".strings.txt"), "w", encoding="utf-8") as f:
            for s in self.strings:
                f.write(s + "\n")

    def straddles(self, first, stop):
        """True if the strings from `first` up to (not incl.) `stop` sit on more than one page."""
        texts = [t for _, t in self.log]
        i, j = texts.index(first), texts.index(stop)
        return len({p for p, _ in self.log[i:j]}) > 1

    def pages_of(self, s):
        return [p for p, t in self.log if t == s]


class Column:
    """A text column with a y cursor that breaks onto the next page."""

    def __init__(self, pdf, x, width, top, bottom, top_next=None):
        self.pdf, self.x, self.w = pdf, x, width
        self.top, self.bottom = top, bottom
        self.top_next = top if top_next is None else top_next
        self.y = top

    def need(self, h):
        if self.y - h < self.bottom:
            self.pdf.new_page()
            self.y = self.top_next

    def gap(self, h):
        self.y -= h

    def line(self, s, font="Helvetica", size=10, leading=None, color=black, indent=0,
             right=None, right_font=None, right_color=None):
        leading = leading or size * 1.3
        self.need(leading)
        self.y -= leading
        used = self.pdf.text(self.x + indent, self.y, s, font, size, color,
                             maxw=self.w - indent)
        if right is not None:
            rf = right_font or font
            rw = self.pdf.width(right, rf, size)
            if self.x + indent + used + 8 > self.x + self.w - rw:
                raise ValueError("left and right text collide: %r / %r" % (s, right))
            self.pdf.text(self.x + self.w, self.y, right, rf, size, right_color or color, align="right")
        return self.y

    def para(self, s, font="Helvetica", size=10, leading=None, color=black, indent=0, bullet=None,
             bullet_indent=9):
        leading = leading or size * 1.3
        text_indent = indent + (bullet_indent if bullet else 0)
        lines = self.pdf.wrap(s, font, size, self.w - text_indent)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if bullet and i == 0:
                self.pdf.text(self.x + indent, self.y, bullet, font, size, color)
            self.pdf.text(self.x + text_indent, self.y, ln, font, size, color, maxw=self.w - text_indent)
        return lines


def hexc(h):
    return HexColor(h)
