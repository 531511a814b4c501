# Small layout helper on top of reportlab's canvas.  Every string that is drawn is logged
# (page number + text) so that check.py can verify the truth against what was really drawn.
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import OUT, WORK

FD = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Oblique": "DejaVuSans-Oblique.ttf", "Sans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "Cond": "DejaVuSansCondensed.ttf", "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "Cond-Oblique": "DejaVuSansCondensed-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Serif-Italic": "DejaVuSerif-Italic.ttf", "Serif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "SerifCond": "DejaVuSerifCondensed.ttf", "SerifCond-Bold": "DejaVuSerifCondensed-Bold.ttf",
    "SerifCond-Italic": "DejaVuSerifCondensed-Italic.ttf",
}
for k, f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(k, FD + f))


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
            assert sw(w, font, size) <= width, "word too wide: %r" % w
    if cur:
        lines.append(cur)
    return lines


class LoggingCanvas(canvas.Canvas):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []
        self.page_no = 1

    def _rec(self, s):
        if s.strip():
            self.log.append((self.page_no, s))

    def drawString(self, x, y, s, *a, **kw):
        self._rec(s)
        return super().drawString(x, y, s, *a, **kw)

    def drawRightString(self, x, y, s, *a, **kw):
        self._rec(s)
        return super().drawRightString(x, y, s, *a, **kw)

    def drawCentredString(self, x, y, s, *a, **kw):
        self._rec(s)
        return super().drawCentredString(x, y, s, *a, **kw)

    def showPage(self):
        super().showPage()
        self.page_no += 1


class Page:
    """A flowing column writer with automatic page breaks."""

    def __init__(self, base, title, author, top=800, bottom=50, left=50, right=545,
                 on_new_page=None, pagesize=A4):
        self.base = base
        self.c = LoggingCanvas(os.path.join(OUT, base + ".pdf"), pagesize=pagesize)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.W, self.H = pagesize
        self.top, self.bottom = top, bottom
        self.left, self.right = left, right
        self.y = top
        self.on_new_page = on_new_page

    # --- primitives
    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def new_page(self):
        self.c.showPage()
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, s, font="Sans", size=10, x=None, color=(0, 0, 0), lead=None, align="left"):
        lead = lead or size * 1.3
        self.need(lead)
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*color)
        x = self.left if x is None else x
        if align == "left":
            assert x + sw(s, font, size) <= self.right + 0.5, "overflow: %r" % s
            self.c.drawString(x, self.y - size, s)
        elif align == "right":
            self.c.drawRightString(self.right, self.y - size, s)
        else:
            self.c.drawCentredString((self.left + self.right) / 2, self.y - size, s)
        self.y -= lead

    def para(self, s, font="Sans", size=9.5, x=None, width=None, lead=None, color=(0, 0, 0),
             bullet=None, bullet_indent=10):
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        lead = lead or size * 1.35
        tx = x + (bullet_indent if bullet else 0)
        lines = wrap(s, font, size, width - (tx - x))
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont(font, size)
            self.c.setFillColorRGB(*color)
            if bullet and i == 0:
                self.c.drawString(x + 1, self.y - size, bullet)
            self.c.drawString(tx, self.y - size, ln)
            self.y -= lead

    def line_lr(self, left_s, right_s, lfont="Sans-Bold", lsize=10, rfont="Sans", rsize=9.5,
                x=None, color=(0, 0, 0), rcolor=None, lead=None):
        """Left text and right-aligned text on the same baseline."""
        x = self.left if x is None else x
        lead = lead or max(lsize, rsize) * 1.35
        self.need(lead)
        assert x + sw(left_s, lfont, lsize) + 8 < self.right - sw(right_s, rfont, rsize), left_s
        self.c.setFont(lfont, lsize)
        self.c.setFillColorRGB(*color)
        self.c.drawString(x, self.y - lsize, left_s)
        self.c.setFont(rfont, rsize)
        self.c.setFillColorRGB(*(rcolor or color))
        self.c.drawRightString(self.right, self.y - lsize, right_s)
        self.y -= lead

    def rule(self, color=(0.5, 0.5, 0.5), width=0.6, gap_before=2, gap_after=6, x0=None, x1=None):
        self.y -= gap_before
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(self.left if x0 is None else x0, self.y, self.right if x1 is None else x1, self.y)
        self.y -= gap_after

    def space(self, h):
        self.y -= h

    def small_caps(self, s, size=11, font="Serif", x=None, color=(0, 0, 0), lead=None):
        """Draw a heading in small caps: capitals full size, lower case as smaller capitals."""
        lead = lead or size * 1.6
        self.need(lead)
        x = self.left if x is None else x
        self.c.setFillColorRGB(*color)
        small = size * 0.78
        cx = x
        # group consecutive runs of same case to keep draw calls few
        runs, cur, cur_small = [], "", None
        for ch in s:
            is_small = ch.islower()
            if cur_small is None or is_small == cur_small:
                cur += ch
            else:
                runs.append((cur, cur_small))
                cur = ch
            cur_small = is_small
        if cur:
            runs.append((cur, cur_small))
        for txt, is_small in runs:
            f_size = small if is_small else size
            txt_u = txt.upper()
            self.c.setFont(font, f_size)
            self.c.drawString(cx, self.y - size, txt_u)
            cx += sw(txt_u, font, f_size)
        self.y -= lead

    def save(self):
        self.c.save()
        pages = self.c.page_no - 1
        with open(os.path.join(WORK, self.base + ".strings.txt"), "w", encoding="utf-8") as f:
            for pg, s in self.c.log:
                f.write("%d\t%s\n" % (pg, s))
        return pages


class Col(Page):
    """A second cursor on an existing Page's canvas (e.g. a sidebar). Must not overflow the page."""

    def __init__(self, page, left, right, top, bottom=None):
        self.base = page.base
        self.c = page.c
        self.W, self.H = page.W, page.H
        self.top = top
        self.bottom = page.bottom if bottom is None else bottom
        self.left, self.right = left, right
        self.y = top
        self.on_new_page = None

    def need(self, h):
        assert self.y - h >= self.bottom, "column overflow in %s" % self.base

    def new_page(self):
        raise AssertionError("Col cannot break pages")


def draw_fit(c, x, y, s, font, size, maxw, color=(0, 0, 0)):
    """drawString that asserts the string fits in maxw points (for date columns, chips, grid cells)."""
    assert sw(s, font, size) <= maxw, "too wide (%.1f > %.1f): %r" % (sw(s, font, size), maxw, s)
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    c.drawString(x, y, s)
