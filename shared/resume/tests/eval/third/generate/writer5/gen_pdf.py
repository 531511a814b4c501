"""PDF resumes w5_24 .. w5_30 (reportlab canvas, strings recorded to work/)."""
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import job, truth, write_truth
from pdfkit import PDF, Flow

GREY = HexColor("#555555")


# ================================================================== 24 economist (Pakistan) - one column, 2 pages
def r24():
    base = "w5_24_economist_pdf"
    t = truth("Ayesha Farooq Siddiqui", "ayesha.siddiqui@example.pk", "+92 321 5550184",
              [job("Margalla Institute for Policy Research", "Senior Research Economist", "Jul 2019"),
               job("South Asia Economic Forum", "Short-Term Consultant (Trade Policy)", "Mar 2018", "Dec 2018"),
               job("Margalla Institute for Policy Research", "Research Economist", "Sep 2016", "Jun 2019"),
               job("University of Warwick", "Graduate Teaching Assistant", "Oct 2013", "Jun 2016"),
               job("Lahore Centre for Economic Research", "Research Associate", "Jan 2010", "Aug 2012")],
              ["Stata", "R", "EViews", "GAMS (CGE modelling)", "Python (pandas)",
               "Panel-data & time-series econometrics"])
    p = PDF(base, A4, author="Ayesha Farooq Siddiqui")
    L, R = 22 * mm, A4[0] - 22 * mm
    NAVY = HexColor("#1B365D")

    def cont(pdf):
        pdf.draw(L, A4[1] - 14 * mm, "Ayesha F. Siddiqui – Curriculum Vitae", "Helvetica-Oblique", 8, GREY)
        pdf.draw(R, A4[1] - 14 * mm, "Page 2 of 2", "Helvetica-Oblique", 8, GREY, align="r")
        return A4[1] - 20 * mm

    f = Flow(p, L, R - L, A4[1] - 18 * mm, 18 * mm, on_new_page=cont)
    f.line("Dr. Ayesha Farooq Siddiqui", "Times-Bold", 20, NAVY, align="c", lead=22)
    f.line("Senior Research Economist  |  Trade, Tax Policy and Public Finance", "Times-Italic", 11.5, GREY,
           align="c", lead=16)
    f.line("House 55, Street 12, F-7/2, Islamabad, Pakistan", "Times-Roman", 10, align="c", lead=14)
    f.line("+92 321 5550184   |   ayesha.siddiqui@example.pk   |   ORCID 0000-0002-5550-0184", "Times-Roman", 10,
           align="c", lead=13)

    def heading(txt):
        f.space(8)
        f.line(txt, "Times-Bold", 12, NAVY, lead=15)
        f.space(3)
        p.hline(L, R, f.y, NAVY, 0.8)
        f.space(2)

    def role(title, dates, org, items):
        f.space(4)
        f.line(title, "Times-Bold", 11, right=dates, rfont="Times-Roman", lead=14)
        f.line(org, "Times-Italic", 10.5, lead=13)
        f.bullets(items, "Times-Roman", 10.5, lead=13)

    heading("PROFILE")
    f.para("Economist with a PhD from the University of Warwick and twelve years of research and policy "
           "experience on trade, taxation and fiscal federalism in Pakistan. Leads externally funded projects, "
           "advises federal and provincial finance departments, and publishes in peer-reviewed journals.",
           "Times-Roman", 10.5, lead=13.5)

    heading("PROFESSIONAL EXPERIENCE")
    role("Senior Research Economist", "Jul 2019 – Present", "Margalla Institute for Policy Research, Islamabad",
         ["Lead the Trade & Tax Policy programme (team of 5 economists; annual budget PKR 48 million).",
          "Built a CGE model of the Pakistani economy used in pre-budget consultations with the Ministry of Finance.",
          "Policy notes on GST harmonisation for the National Tax Council (2021, 2023).",
          "Supervise research associates and MPhil interns; manage donor reporting."])
    role("Short-Term Consultant (Trade Policy)", "Mar 2018 – Dec 2018", "South Asia Economic Forum, Kathmandu (remote)",
         ["Estimated tariff-reduction scenarios for regional value chains in textiles and leather.",
          "Co-authored the Forum's flagship report on intra-regional trade costs."])
    role("Research Economist", "Sep 2016 – Jun 2019", "Margalla Institute for Policy Research, Islamabad",
         ["Household survey analysis (PSLM, HIES) on the incidence of indirect taxes.",
          "Organised the Institute's annual Islamabad Economic Policy Conference (2017, 2018)."])
    role("Graduate Teaching Assistant", "Oct 2013 – Jun 2016", "University of Warwick, Coventry, UK",
         ["Department of Economics: seminar tutor for EC201 Macroeconomics and EC226 Econometrics.",
          "Warwick Departmental Teaching Award, 2015."])
    role("Research Associate", "Jan 2010 – Aug 2012", "Lahore Centre for Economic Research, Lahore",
         ["Data collection and analysis for projects on energy subsidies and the informal sector.",
          "Field supervision of enumerator teams in Punjab and Khyber Pakhtunkhwa."])

    heading("EDUCATION")
    for deg, yr, inst in [("PhD Economics", "2012 – 2016", "University of Warwick, UK (Commonwealth Scholarship)"),
                          ("MPhil Economics", "2007 – 2009", "Quaid-i-Azam University, Islamabad"),
                          ("BSc (Hons) Economics", "2003 – 2007", "Lahore School of Economics")]:
        f.space(2)
        f.line(deg, "Times-Bold", 10.5, right=yr, rfont="Times-Roman", lead=13)
        f.line(inst, "Times-Roman", 10.5, lead=13)

    heading("SELECTED PUBLICATIONS")
    pubs = [
        "Siddiqui, A. F. and Khan, M. (2024). \u201cWho pays the sales tax? Incidence of GST on services in "
        "Pakistan.\u201d Pakistan Development Review, 63(2), 155\u2013181.",
        "Siddiqui, A. F. (2022). \u201cFiscal equalisation under the 7th NFC Award: A CGE assessment.\u201d "
        "Journal of Asian Economics, 79, 101455.",
        "Siddiqui, A. F., Rehman, S. and Hussain, T. (2021). \u201cTariff rationalisation and export performance "
        "in Pakistan\u2019s textile sector.\u201d Lahore Journal of Economics, 26(1), 33\u201362.",
        "Siddiqui, A. F. (2019). \u201cTrade costs in South Asia: evidence from gravity estimates.\u201d "
        "South Asia Economic Journal, 20(2), 210\u2013231.",
        "Siddiqui, A. F. (2017). \u201cEnergy subsidies and household welfare in Punjab.\u201d Margalla Working "
        "Paper No. 17/04.",
        "Siddiqui, A. F. (2016). Essays on Trade and Taxation in a Developing Economy. PhD thesis, University "
        "of Warwick.",
    ]
    for pub in pubs:
        f.para(pub, "Times-Roman", 10.5, indent=14, lead=13, bullet="\u2013", bullet_indent=3)
        f.space(2)

    heading("CONFERENCES AND INVITED TALKS")
    f.bullets(["Asian Meeting of the Econometric Society, Tokyo (2023) \u2013 paper presentation",
               "PIDE Annual General Meeting, Islamabad (2022) \u2013 keynote panel on tax reform",
               "Royal Economic Society Annual Conference, Warwick (2016) \u2013 poster"],
              "Times-Roman", 10.5, lead=13)

    heading("GRANTS AND AWARDS")
    f.bullets(["Principal Investigator, \u201cTax Expenditure Mapping for Pakistan\u201d (2022\u20132024)",
               "Commonwealth Scholarship, UK (2012\u20132016)",
               "Gold Medal, MPhil Economics, Quaid-i-Azam University (2009)"],
              "Times-Roman", 10.5, lead=13)

    heading("SKILLS")
    f.line(" \u00b7 ".join(t["skills"]), "Times-Roman", 10.5, lead=13)
    f.line("Languages: English, Urdu, Punjabi (native fluency in all three)", "Times-Roman", 10.5, lead=13)

    heading("REFEREES")
    f.para("Prof. Robert Ellison, Department of Economics, University of Warwick \u2013 r.ellison@example.ac.uk",
           "Times-Roman", 10.5, lead=13)
    f.para("Dr. Tariq Hussain, Executive Director, Margalla Institute for Policy Research \u2013 +92 51 555 0107",
           "Times-Roman", 10.5, lead=13)
    assert p.page == 2, p.page
    p.save()
    write_truth(base, t)


# ================================================================== 25 environmental consultant (UK) - left sidebar
def r25():
    base = "w5_25_environmental_consultant_pdf"
    t = truth("Callum Fraser", "callum.fraser@example.co.uk", "07700 900527",
              [job("Thistle Environmental Ltd", "Principal Environmental Consultant", "2020"),
               job("Thistle Environmental Ltd", "Senior Environmental Consultant", "2017", "2020"),
               job("Arden Ecology & Environment LLP", "Environmental Consultant", "Sep 2013", "Jun 2017"),
               job("Clyde Valley Water Services", "Graduate Environmental Scientist", "Jul 2012", "Aug 2013")],
              ["Contaminated land (LCRM)", "EIA coordination", "Phase I & II site investigations",
               "Groundwater risk assessment", "ArcGIS Pro", "Client & stakeholder management"])
    W, H = A4
    p = PDF(base, A4, author="Callum Fraser")
    SB = 66 * mm
    GREEN = HexColor("#2F5D50")
    LIGHT = HexColor("#E6EFEA")
    p.rect(0, 0, SB, H, LIGHT)

    # sidebar
    s = Flow(p, 10 * mm, SB - 18 * mm, H - 62 * mm, 15 * mm)
    p.rect(10 * mm, H - 52 * mm, 34 * mm, 34 * mm, HexColor("#C8D8CF"))   # photo placeholder block
    p.draw(27 * mm, H - 37 * mm, "CF", "Helvetica-Bold", 22, GREEN, align="c")

    def shead(txt):
        s.space(10)
        s.line(txt, "Helvetica-Bold", 10, GREEN, lead=12)
        s.space(2)
        p.hline(s.x, s.x + s.w, s.y, GREEN, 0.8)
        s.space(2)

    shead("CONTACT")
    for ln in ["07700 900527", "callum.fraser@example.co.uk", "Glasgow G12", "linkedin.com/in/callumfraser-env"]:
        s.line(ln, "Helvetica", 8.5, lead=11.5)
    shead("SKILLS")
    s.bullets(t["skills"], "Helvetica", 8.5, glyph="\u2022", indent=8, lead=11, gap=1.5)
    shead("ACCREDITATIONS")
    s.bullets(["Chartered Environmentalist (CEnv)", "MIEMA", "SiLC (Specialist in Land Condition)",
               "CSCS Professionally Qualified Person", "IOSH Managing Safely"],
              "Helvetica", 8.5, glyph="\u2022", indent=8, lead=11, gap=1.5)
    shead("LANGUAGES")
    s.line("English (native)", "Helvetica", 8.5, lead=11)
    s.line("Scottish Gaelic (basic)", "Helvetica", 8.5, lead=11)
    shead("INTERESTS")
    s.para("Hill walking (Munro count: 164), cycling, volunteer river-fly monitoring on the Kelvin.",
           "Helvetica", 8.5, lead=11)

    # main column
    X = SB + 10 * mm
    m = Flow(p, X, W - X - 14 * mm, H - 16 * mm, 14 * mm)
    m.line("Callum Fraser", "Helvetica-Bold", 26, GREEN, lead=28)
    m.line("Principal Environmental Consultant  \u2022  CEnv MIEMA", "Helvetica", 11, GREY, lead=16)

    def mhead(txt):
        m.space(9)
        m.line(txt, "Helvetica-Bold", 11.5, GREEN, lead=13)
        m.space(2)
        p.hline(m.x, m.x + m.w, m.y, GREEN, 1)
        m.space(1)

    mhead("PROFILE")
    m.para("Chartered environmental consultant with 12 years' experience in contaminated land, EIA and "
           "environmental due diligence across Scotland and the English Midlands. Leads multidisciplinary "
           "teams on brownfield regeneration and renewable-energy projects, from desk study to regulator sign-off.",
           "Helvetica", 9.5, lead=12.5)

    mhead("EXPERIENCE")
    m.space(3)
    m.line("Thistle Environmental Ltd \u2013 Glasgow", "Helvetica-Bold", 10.5, lead=14)
    m.line("Principal Environmental Consultant", "Helvetica-BoldOblique", 9.5, GREEN, lead=12.5)
    m.line("2020 \u2013 present", "Helvetica", 8.5, GREY, lead=11)
    m.bullets(["Lead a team of 7 consultants; responsible for a \u00a31.2m annual fee budget",
               "Technical lead on contaminated land for a 90 ha former steelworks regeneration",
               "EIA coordinator for three onshore wind farms (ES chapters on hydrology and soils)"],
              "Helvetica", 9.5, lead=12.5, gap=1)
    m.space(3)
    m.line("Senior Environmental Consultant", "Helvetica-BoldOblique", 9.5, GREEN, lead=12.5)
    m.line("2017 \u2013 2020", "Helvetica", 8.5, GREY, lead=11)
    m.bullets(["Phase I & II site investigations, remediation strategies and verification reports",
               "Generic and detailed quantitative risk assessments (CLEA, ConSim)"],
              "Helvetica", 9.5, lead=12.5, gap=1)
    m.space(6)
    m.line("Arden Ecology & Environment LLP \u2013 Birmingham", "Helvetica-Bold", 10.5, lead=14)
    m.line("Environmental Consultant", "Helvetica-BoldOblique", 9.5, GREEN, lead=12.5)
    m.line("Sep 2013 \u2013 Jun 2017", "Helvetica", 8.5, GREY, lead=11)
    m.bullets(["Environmental due diligence for lenders and housebuilders (150+ Phase I reports)",
               "Supervised trial pitting, window sampling and groundwater monitoring"],
              "Helvetica", 9.5, lead=12.5, gap=1)
    m.space(6)
    m.line("Clyde Valley Water Services \u2013 Hamilton", "Helvetica-Bold", 10.5, lead=14)
    m.line("Graduate Environmental Scientist", "Helvetica-BoldOblique", 9.5, GREEN, lead=12.5)
    m.line("Jul 2012 \u2013 Aug 2013", "Helvetica", 8.5, GREY, lead=11)
    m.bullets(["Water quality sampling and discharge consent (CAR) compliance reporting"],
              "Helvetica", 9.5, lead=12.5, gap=1)

    mhead("EDUCATION")
    m.space(2)
    m.line("MSc Environmental Science & Management", "Helvetica-Bold", 9.5, lead=12.5)
    m.line("University of Stirling, 2011 \u2013 2012 (Distinction)", "Helvetica", 9.5, lead=12.5)
    m.space(3)
    m.line("BSc (Hons) Geography", "Helvetica-Bold", 9.5, lead=12.5)
    m.line("University of Glasgow, 2007 \u2013 2011 (2:1)", "Helvetica", 9.5, lead=12.5)
    assert p.page == 1
    p.save()
    write_truth(base, t)


# ================================================================== 26 joiner (Ireland) - dates in left column
def r26():
    base = "w5_26_carpenter_joiner_pdf"
    t = truth("Seán Fitzgerald", "seanfitz.joinery@example.ie", "085 555 0129",
              [job("Kilbride Construction Ltd", "Foreman Carpenter", "Feb 2021"),
               job("Kilbride Construction Ltd", "Carpenter", "Jun 2018", "Jan 2021"),
               job("R. Doyle Joinery", "Carpenter / Joiner", "2014", "2018"),
               job("Harbour City Formwork Pty Ltd", "Formwork Carpenter", "2012", "2014"),
               job("R. Doyle Joinery", "Apprentice Carpenter & Joiner", "2008", "2012")],
              ["First & second fix", "Kitchen & stair fitting", "Formwork / shuttering",
               "Setting out from drawings", "Timber frame", "Hand & power tools"])
    W, H = A4
    p = PDF(base, A4, author="Sean Fitzgerald")
    L, R = 18 * mm, W - 18 * mm
    DC = L + 36 * mm          # content column
    BROWN = HexColor("#6B4226")

    p.draw(L, H - 26 * mm, "Seán Fitzgerald", "Helvetica-Bold", 24, BROWN)
    p.draw(L, H - 33 * mm, "Carpenter & Joiner  |  Foreman", "Helvetica", 11.5, GREY)
    for i, ln in enumerate(["Athlone, Co. Westmeath", "085 555 0129", "seanfitz.joinery@example.ie",
                            "Full licence (B, BE) \u2013 own transport"]):
        p.draw(R, H - 20 * mm - i * 11, ln, "Helvetica", 9, align="r")
    p.hline(L, R, H - 40 * mm, BROWN, 1.2)

    y = [H - 40 * mm]

    def heading(txt):
        y[0] -= 20
        p.draw(L, y[0], txt, "Helvetica-Bold", 10.5, BROWN)
        y[0] -= 4

    def block(left, lines, bullets=(), lsize=9):
        y[0] -= 13
        if left:
            p.draw(L, y[0], left, "Helvetica", lsize, GREY)
        for j, (txt, font) in enumerate(lines):
            if j:
                y[0] -= 12.5
            p.draw(DC, y[0], txt, font, 10)
        for b in bullets:
            for k, ln in enumerate(PDF.wrap(b, "Helvetica", 9.5, R - DC - 10)):
                y[0] -= 12
                if k == 0:
                    p.draw(DC + 1, y[0], "\u2013", "Helvetica", 9.5)
                p.draw(DC + 10, y[0], ln, "Helvetica", 9.5)
        y[0] -= 3

    heading("PROFILE")
    for ln in PDF.wrap("Qualified carpenter and joiner with 16 years on site and in the workshop, in Ireland and "
                       "Australia. Currently running carpentry crews of up to 12 on multi-unit residential "
                       "schemes. Safe, tidy, and good at reading drawings and sorting problems before they cost "
                       "money.", "Helvetica", 10, R - L):
        y[0] -= 13
        p.draw(L, y[0], ln, "Helvetica", 10)

    heading("EXPERIENCE")
    block("Feb 2021 \u2013 Present", [("Foreman Carpenter", "Helvetica-Bold"),
                                      ("Kilbride Construction Ltd, Dublin", "Helvetica-Oblique")],
          ["Run carpentry packages on 3 apartment schemes (86, 120 and 64 units)",
           "Manage crews of 8\u201312 carpenters plus subcontract kitchen fitters",
           "Daily briefings, RAMS, snagging and handover with the site manager"])
    block("Jun 2018 \u2013 Jan 2021", [("Carpenter", "Helvetica-Bold"),
                                      ("Kilbride Construction Ltd, Dublin", "Helvetica-Oblique")],
          ["First and second fix, doorsets, stairs and timber-frame walls"])
    block("2014 \u2013 2018", [("Carpenter / Joiner", "Helvetica-Bold"),
                              ("R. Doyle Joinery, Athlone", "Helvetica-Oblique")],
          ["Bespoke kitchens, sash windows and staircases made and fitted",
           "Machine shop: spindle moulder, planer-thicknesser, CNC setup"])
    block("2012 \u2013 2014", [("Formwork Carpenter", "Helvetica-Bold"),
                              ("Harbour City Formwork Pty Ltd, Sydney, Australia", "Helvetica-Oblique")],
          ["Formwork for high-rise slabs, columns and cores (working holiday visa, then 457 sponsorship)"])
    block("2008 \u2013 2012", [("Apprentice Carpenter & Joiner", "Helvetica-Bold"),
                              ("R. Doyle Joinery, Athlone", "Helvetica-Oblique")])

    heading("TRAINING & TICKETS")
    for left, txt in [("2012", "QQI Advanced Certificate \u2013 Craft: Carpentry & Joinery (SOLAS apprenticeship)"),
                      ("2023", "Safe Pass (renewed) \u2022 Manual Handling \u2022 Working at Heights"),
                      ("2022", "CSCS Mobile Tower Scaffold \u2022 Abrasive Wheels"),
                      ("2021", "SOLAS Site Supervisor Safety Programme (SSSP)")]:
        block(left, [(txt, "Helvetica")])

    heading("SKILLS")
    y[0] -= 13
    p.draw(L, y[0], "  \u2022  ".join(t["skills"][:3]), "Helvetica", 10)
    y[0] -= 13
    p.draw(L, y[0], "  \u2022  ".join(t["skills"][3:]), "Helvetica", 10)

    heading("REFERENCES")
    y[0] -= 13
    p.draw(L, y[0], "Available on request from Kilbride Construction Ltd and R. Doyle Joinery.", "Helvetica", 10)
    assert y[0] > 15 * mm, y[0]
    p.save()
    write_truth(base, t)


# ================================================================== 27 photographer (South Africa) - small caps
def r27():
    base = "w5_27_photographer_pdf"
    t = truth("Kagiso Molefe", "studio@kagisomolefe.example", "+27 83 555 0172",
              [job("Kagiso Molefe Photography", "Freelance Photographer", "2017"),
               job("Braamfontein School of Visual Arts", "Photography Lecturer (part-time)", "2019", "2022"),
               job("Mzansi Lifestyle Magazine", "Staff Photographer", "2014", "2017"),
               job("Lumen Studios (Pty) Ltd", "Photographer's Assistant", "2012", "2014")],
              ["Editorial & portrait photography", "Product / e-commerce shoots",
               "Studio & location lighting (Profoto)", "Adobe Lightroom & Photoshop", "Capture One",
               "Drone photography (SACAA RPL)"])
    W, H = A4
    p = PDF(base, A4, author="Kagiso Molefe")
    L, R = 24 * mm, W - 24 * mm
    INK = HexColor("#222222")
    ACC = HexColor("#B5651D")
    f = Flow(p, L, R - L, H - 18 * mm, 16 * mm)
    f.line("KAGISO MOLEFE", "Times-Roman", 26, INK, align="c", lead=28)
    p.c.setFillColor(INK)
    f.line("Photographer  \u2014  editorial, portrait & commercial", "Times-Italic", 12, GREY, align="c", lead=17)
    f.line("Maboneng, Johannesburg   \u00b7   +27 83 555 0172   \u00b7   studio@kagisomolefe.example   \u00b7   "
           "kagisomolefe.example", "Times-Roman", 9.5, align="c", lead=14)

    def heading(txt):
        f.space(14)
        f.need(16)
        f.y -= 13
        w = 0
        end = p.smallcaps(L, f.y, txt, "Times-Roman", 13, ACC)
        p.hline(end + 8, R, f.y + 4, ACC, 0.6)
        f.space(3)

    heading("Profile")
    f.para("Johannesburg-based photographer with twelve years behind the camera: magazine covers, corporate "
           "portraits and product campaigns for South African and pan-African brands. Comfortable running a "
           "full production \u2014 crew, permits, styling and retouching \u2014 or working light and fast on "
           "location.", "Times-Roman", 10.5, lead=14)

    heading("Experience")
    for head, bl in [
        ("Kagiso Molefe Photography  |  Freelance Photographer  |  2017 \u2013 present",
         ["Commercial clients include a national bank, two mobile networks and an airline magazine",
          "Shoots 6\u201310 campaigns a year; hires and manages crews of up to 8",
          "Corporate headshot days for law and consulting firms"]),
        ("Braamfontein School of Visual Arts  |  Photography Lecturer (part-time)  |  2019 \u2013 2022",
         ["Taught studio lighting and portfolio development to second-year diploma students"]),
        ("Mzansi Lifestyle Magazine  |  Staff Photographer  |  2014 \u2013 2017",
         ["Covers, fashion and food stories for a monthly title (circulation 60,000)",
          "Managed the photo archive and freelance photographer commissions"]),
        ("Lumen Studios (Pty) Ltd  |  Photographer's Assistant  |  2012 \u2013 2014",
         ["Lighting setups, tethered capture and digital tech on commercial sets"]),
    ]:
        f.space(6)
        f.line(head, "Times-Bold", 10.5, lead=14)
        f.bullets(bl, "Times-Roman", 10.5, glyph="\u2013", lead=13.5)

    heading("Selected Clients")
    f.para("Ubuntu Mutual Bank \u00b7 Zola Mobile \u00b7 Karoo Skies inflight magazine \u00b7 Sizwe Legal Inc. "
           "\u00b7 Marula Cosmetics \u00b7 Jozi Design Week", "Times-Italic", 10.5, lead=14)

    heading("Exhibitions & Awards")
    f.bullets(["\u201cInner City Saints\u201d, solo exhibition, Market Photo Workshop Gallery (2023)",
               "Finalist, Sony World Photography Awards \u2013 Professional Portraiture (2021)",
               "Loeries Craft Certificate, Photography (2019)"],
              "Times-Roman", 10.5, glyph="\u2013", lead=13.5)

    heading("Skills")
    f.para("  \u00b7  ".join(t["skills"][:3]), "Times-Roman", 10.5, lead=14)
    f.para("  \u00b7  ".join(t["skills"][3:]), "Times-Roman", 10.5, lead=14)

    heading("Education")
    f.line("National Diploma: Photography \u2014 Tshwane University of Technology, 2009 \u2013 2011",
           "Times-Roman", 10.5, lead=14)
    f.line("Advanced Programme in Photography \u2014 Market Photo Workshop, 2012", "Times-Roman", 10.5, lead=14)
    assert p.page == 1
    p.save()
    write_truth(base, t)


# ================================================================== 28 practice manager (Canada) - job crosses page break
def r28():
    base = "w5_28_medical_practice_manager_pdf"
    t = truth("Rebecca Chow", "rebecca.chow@example.ca", "(604) 555-0193",
              [job("Fraserview Family Health Centre", "Clinic Operations Manager", "September 2019"),
               job("Kingsway Medical Clinic", "Office Manager", "April 2015", "August 2019"),
               job("Kingsway Medical Clinic", "Medical Office Assistant", "January 2012", "March 2015"),
               job("Lions Gate Community Hospital", "Patient Services Representative (casual)", "2010", "2012")],
              ["EMR systems (OSCAR Pro, Accuro, Med Access)", "MSP billing & reconciliation",
               "Scheduling & physician onboarding", "Budgeting & financial reporting",
               "Privacy compliance (PIPA/FIPPA)", "Staff training & HR administration"])
    W, H = letter
    p = PDF(base, letter, author="Rebecca Chow")
    L, R = 0.9 * 72, W - 0.9 * 72
    TEAL = HexColor("#0E6E6E")

    def cont(pdf):
        pdf.draw(L, H - 0.55 * 72, "Rebecca Chow", "Helvetica-Bold", 9, TEAL)
        pdf.draw(R, H - 0.55 * 72, "Page 2", "Helvetica", 9, GREY, align="r")
        pdf.hline(L, R, H - 0.62 * 72, TEAL, 0.5)
        return H - 0.8 * 72

    f = Flow(p, L, R - L, H - 0.7 * 72, 0.75 * 72, on_new_page=cont)
    f.line("Rebecca Chow", "Helvetica-Bold", 24, TEAL, lead=26)
    f.line("Medical Clinic Operations Manager", "Helvetica", 12.5, GREY, lead=17)
    f.line("Burnaby, BC  |  (604) 555-0193  |  rebecca.chow@example.ca  |  linkedin.com/in/rebeccachow-clinicops",
           "Helvetica", 9.5, lead=13)

    def heading(txt):
        f.space(10)
        f.need(30)
        f.line(txt, "Helvetica-Bold", 11, TEAL, lead=13)
        f.space(2.5)
        p.hline(L, R, f.y, TEAL, 0.7)
        f.space(1)

    heading("SUMMARY")
    f.para("Healthcare operations manager with 14 years in primary care clinics in Metro Vancouver, from the "
           "front desk to running a 22-physician family practice and urgent care centre. Strong on MSP billing, "
           "EMR migrations, physician recruitment and keeping a busy clinic calm, compliant and profitable.",
           "Helvetica", 10, lead=13.5)

    heading("KEY ACHIEVEMENTS")
    f.bullets(["Zero-downtime EMR migration (Accuro) for 50 users and 22 physicians, 2021",
               "Rejected MSP claims reduced from 6.5% to under 2% in eighteen months",
               "Grew the patient panel by 4,800 attached patients through the Primary Care Network recruitment "
               "drive, 2022–2024",
               "Clinic staff turnover down from 35% to 12% after introducing a structured MOA training path"],
              "Helvetica", 10, lead=13.5)

    heading("CORE SKILLS")
    f.bullets(t["skills"], "Helvetica", 10, lead=13.5)

    heading("PROFESSIONAL EXPERIENCE")
    pages = {}
    ys = []

    def role(title, dates, org, items):
        f.space(7)
        f.need(40)
        f.line(title, "Helvetica-Bold", 10.5, right=dates, rfont="Helvetica", rcolor=GREY, lead=14)
        pages.setdefault(title, [p.page])
        f.line(org, "Helvetica-Oblique", 10, lead=13)
        f.bullets(items, "Helvetica", 10, lead=13.5, gap=1)
        pages[title].append(p.page)
        ys.append((title, round(f.y)))

    role("Clinic Operations Manager", "September 2019 \u2013 Present",
         "Fraserview Family Health Centre \u2013 Burnaby, BC",
         ["Manage day-to-day operations of a 22-physician family practice and extended-hours urgent care "
          "centre (approx. 310 visits a day) with 28 MOAs, nurses and admin staff.",
          "Led the migration from a legacy EMR to Accuro in 2021 with no lost billing days; trained 50 users.",
          "Own the annual operating budget of $3.4M; reduced overtime costs by 17% through new scheduling "
          "templates and a float-pool of cross-trained MOAs.",
          "Partnered with the Primary Care Network to onboard 6 new family physicians and 2 nurse practitioners "
          "under the new LFP payment model, including panel set-up and billing workflows.",
          "Wrote the clinic's privacy policy and breach-response procedure; completed PIPA self-assessment "
          "with the College of Physicians and Surgeons of BC accreditation team.",
          "Set up a patient portal for booking and lab results, reducing phone volume by roughly 30%."])
    role("Office Manager", "April 2015 \u2013 August 2019",
         "Kingsway Medical Clinic \u2013 Vancouver, BC",
         ["Supervised 11 medical office assistants and 2 billing clerks across two shifts, seven days a week.",
          "Responsible for MSP and WSBC billing for 9 physicians; cut the rejected-claims rate from 6.5% to "
          "under 2% through weekly reconciliation and MOA training.",
          "Recruited and onboarded locum physicians, including licensing paperwork and MSP practitioner numbers.",
          "Negotiated supplier, cleaning and IT contracts; managed the clinic renovation in 2017 while keeping "
          "the clinic open.",
          "Coordinated the clinic's response to the 2016 fentanyl crisis: naloxone training for all staff and a "
          "referral pathway with the local opioid agonist treatment clinic.",
          "Introduced a standardized new-patient intake package translated into Chinese, Punjabi and Vietnamese.",
          "Prepared monthly financial reports for the physician partners and the external accountant."])
    role("Medical Office Assistant", "January 2012 \u2013 March 2015",
         "Kingsway Medical Clinic \u2013 Vancouver, BC",
         ["Front desk, scheduling, referrals and lab requisitions for a busy walk-in clinic.",
          "Became the clinic's OSCAR EMR super-user and trained new MOAs."])
    role("Patient Services Representative (casual)", "2010 \u2013 2012",
         "Lions Gate Community Hospital \u2013 North Vancouver, BC",
         ["Emergency department registration and patient flow support on evening shifts."])

    heading("EDUCATION & CERTIFICATIONS")
    for ln in ["Certificate in Health Care Management \u2013 BCIT, 2017",
               "Medical Office Assistant Certificate \u2013 Vancouver Community College, 2011",
               "Bachelor of Arts, Psychology \u2013 Simon Fraser University, 2010",
               "Mental Health First Aid Canada \u2013 2022"]:
        f.line(ln, "Helvetica", 10, lead=13.5)

    heading("LANGUAGES")
    f.line("English (native), Cantonese (fluent), Mandarin (conversational)", "Helvetica", 10, lead=13.5)

    heading("VOLUNTEER")
    f.line("Board member, Burnaby Neighbourhood House (2020 \u2013 present)", "Helvetica", 10, lead=13.5)
    assert pages["Office Manager"] == [1, 2], (pages, ys)
    assert p.page == 2
    p.save()
    write_truth(base, t)


# ================================================================== 29 clinical psychologist (Singapore) - caps headings, right dates
def r29():
    base = "w5_29_clinical_psychologist_pdf"
    t = truth("Sharon Lim Shu Fen", "sharon.lim@example.com.sg", "+65 8555 0219",
              [job("Tanglin Psychological Services", "Senior Clinical Psychologist", "Jan 2021"),
               job("Eastpoint General Hospital", "Clinical Psychologist", "Jul 2016", "Dec 2020"),
               job("Harbourfront Family Service Centre", "Associate Psychologist", "Jun 2014", "Jun 2016"),
               job("National University of Singapore", "Research Assistant", "Jul 2011", "Jun 2012")],
              ["Cognitive Behavioural Therapy (CBT)", "Dialectical Behaviour Therapy (DBT)", "Schema Therapy",
               "Psychological assessment (WAIS-IV, MMPI-2-RF)", "EMDR (Level 2)", "Clinical supervision"])
    W, H = A4
    p = PDF(base, A4, author="Sharon Lim")
    L, R = 26 * mm, W - 20 * mm
    PLUM = HexColor("#5B2A86")
    p.rect(14 * mm, 14 * mm, 2.2 * mm, H - 28 * mm, PLUM)

    f = Flow(p, L, R - L, H - 18 * mm, 16 * mm)
    f.line("SHARON LIM SHU FEN", "Helvetica-Bold", 21, PLUM, lead=24)
    f.line("Senior Clinical Psychologist  |  Registered Psychologist (SRP)  |  M.Psych (Clinical)",
           "Helvetica", 10, GREY, lead=14)
    f.line("Singapore 238859", "Helvetica", 9.5, lead=15, right="+65 8555 0219")
    f.line("", "Helvetica", 9.5, lead=12, right="sharon.lim@example.com.sg")

    def heading(txt):
        f.space(12)
        f.line(txt, "Helvetica-Bold", 10.5, PLUM, lead=12)
        f.space(2)
        p.hline(L, R, f.y, HexColor("#BBBBBB"), 0.5)
        f.space(1)

    heading("PROFESSIONAL SUMMARY")
    f.para("Clinical psychologist with ten years of experience in hospital, community and private settings. "
           "Specialises in adult mood and anxiety disorders, trauma and emotion dysregulation. Provides "
           "individual and group therapy in English and Mandarin, psychological assessment, and supervision "
           "of provisional psychologists.", "Helvetica", 9.8, lead=13)

    heading("CLINICAL EXPERIENCE")
    for org, title, dates, items in [
        ("Tanglin Psychological Services", "Senior Clinical Psychologist", "Jan 2021 \u2013 Present",
         ["Caseload of 22\u201326 adult clients a week; CBT, DBT skills groups and EMDR",
          "Clinical supervisor for 3 provisionally registered psychologists",
          "Corporate mental-health workshops for banking and tech clients"]),
        ("Eastpoint General Hospital", "Clinical Psychologist", "Jul 2016 \u2013 Dec 2020",
         ["Department of Psychological Medicine: outpatient therapy and inpatient consult-liaison",
          "Set up the hospital's first DBT programme (12-month outcomes published 2020)",
          "Neuropsychological and forensic assessments for court reports"]),
        ("Harbourfront Family Service Centre", "Associate Psychologist", "Jun 2014 \u2013 Jun 2016",
         ["Counselling for families, youth-at-risk and caregivers; crisis and suicide risk assessment"]),
        ("National University of Singapore", "Research Assistant", "Jul 2011 \u2013 Jun 2012",
         ["Department of Psychology: data collection for a longitudinal study on adolescent resilience"]),
    ]:
        f.space(6)
        f.line(org, "Helvetica-Bold", 10.3, right=dates, rfont="Helvetica", rsize=9.5, rcolor=GREY, lead=13.5)
        f.line(title, "Helvetica-Oblique", 10, PLUM, lead=13)
        f.bullets(items, "Helvetica", 9.8, lead=12.8, gap=0.5)

    heading("EDUCATION")
    for deg, when in [("Master of Psychology (Clinical), National University of Singapore", "2012 \u2013 2014"),
                      ("Bachelor of Social Sciences (Hons) Psychology, National University of Singapore",
                       "2007 \u2013 2011")]:
        f.space(2)
        f.line(deg, "Helvetica", 9.8, right=when, rcolor=GREY, lead=13)

    heading("CLINICAL SKILLS")
    f.bullets(t["skills"], "Helvetica", 9.8, glyph="\u203a", lead=12.8)

    heading("REGISTRATION & MEMBERSHIPS")
    f.para("Singapore Register of Psychologists (SRP), Clinical \u2013 Reg. No. 5550219. Member, Singapore "
           "Psychological Society. EMDR Association of Singapore.", "Helvetica", 9.8, lead=13)

    heading("LANGUAGES")
    f.line("English, Mandarin (professional proficiency), Hokkien (conversational)", "Helvetica", 9.8, lead=13)
    assert p.page == 1
    p.save()
    write_truth(base, t)


# ================================================================== 30 brewer (Netherlands) - right sidebar
def r30():
    base = "w5_30_brewer_pdf"
    t = truth("Lotte Vermeulen", "lotte.vermeulen@example.nl", "+31 6 5551 2378",
              [job("Brouwerij De Gouden Gist B.V.", "Head Brewer", "2019"),
               job("Brouwerij De Gouden Gist B.V.", "Brewer", "2016", "2019"),
               job("Haagse Stoombrouwerij", "Assistant Brewer", "2014", "2016"),
               job("Brabant Beverages N.V.", "QA Laboratory Technician", "Oct 2012", "Mar 2014"),
               job("Brasserie du Pont", "Brewing Intern", "Feb", "Jun 2011")],
              ["Recipe development", "Yeast management & propagation", "Brewhouse operation (20 hl)",
               "HACCP / FSSC 22000", "Sensory analysis", "Cellar & packaging"])
    W, H = A4
    p = PDF(base, A4, author="Lotte Vermeulen")
    AMBER = HexColor("#C27C0E")
    DARK = HexColor("#2B2118")
    BAND = 36 * mm
    p.rect(0, H - BAND, W, BAND, DARK)
    p.draw(16 * mm, H - 20 * mm, "Lotte Vermeulen", "Helvetica-Bold", 26, colors.white)
    p.draw(16 * mm, H - 28 * mm, "Head Brewer  \u00b7  MSc Brewing & Distilling  \u00b7  IBD Diploma Brewer",
           "Helvetica", 11, HexColor("#F3C677"))

    SBX = W - 66 * mm
    p.rect(SBX, 0, 66 * mm, H - BAND, HexColor("#F6EEDF"))
    s = Flow(p, SBX + 8 * mm, 66 * mm - 14 * mm, H - BAND - 8 * mm, 14 * mm)

    def shead(txt):
        s.space(10)
        s.line(txt, "Helvetica-Bold", 9.5, AMBER, lead=11)
        s.space(4)

    shead("CONTACT")
    for ln in ["+31 6 5551 2378", "lotte.vermeulen@example.nl", "Utrecht, NL", "untappd: @lotte_brews"]:
        s.line(ln, "Helvetica", 8.8, lead=11.5)
    shead("SKILLS")
    s.bullets(t["skills"], "Helvetica", 8.8, glyph="\u2022", indent=8, lead=11.5, gap=1)
    shead("LANGUAGES")
    for ln in ["Dutch \u2013 native", "English \u2013 fluent", "German \u2013 good", "French \u2013 basic"]:
        s.line(ln, "Helvetica", 8.8, lead=11.5)
    shead("CERTIFICATES")
    s.bullets(["IBD Diploma Brewer (2017)", "BJCP Certified Judge", "Forklift licence (heftruckcertificaat)",
               "BHV (company first aid)"], "Helvetica", 8.8, glyph="\u2022", indent=8, lead=11.5, gap=1)
    shead("PERSONAL")
    s.para("Born 1989, Breda. Driving licence B. Homebrewer since age 19; judge at the Dutch Beer Challenge.",
           "Helvetica", 8.8, lead=11.5)

    m = Flow(p, 16 * mm, SBX - 26 * mm, H - BAND - 6 * mm, 14 * mm)

    def mhead(txt):
        m.space(10)
        m.line(txt, "Helvetica-Bold", 11.5, DARK, lead=13)
        m.space(2)
        p.hline(m.x, m.x + 22, m.y, AMBER, 2)
        m.space(2)

    mhead("About")
    m.para("Brewer with 12 years' experience from QA lab to head brewer. I run a 20 hl brewhouse producing "
           "9,000 hl a year of core, seasonal and barrel-aged beers, and care as much about consistency and "
           "food safety as about new recipes.", "Helvetica", 9.6, lead=12.8)

    mhead("Work experience")

    def role(title, org, dates, items):
        m.space(5)
        m.line(title, "Helvetica-Bold", 10.2, lead=13)
        m.line(org + "  |  " + dates, "Helvetica", 9, GREY, lead=12)
        m.bullets(items, "Helvetica", 9.4, lead=12.3, indent=10, gap=0.5)

    role("Head Brewer", "Brouwerij De Gouden Gist B.V., Utrecht", "2019 \u2013 present",
         ["Responsible for brewhouse, cellar and packaging; team of 5",
          "Scaled output from 4,500 to 9,000 hl/yr with a new 60 hl fermenter block",
          "Achieved FSSC 22000 certification in 2022",
          "Gold, Dutch Beer Challenge 2023 (Saison)"])
    role("Brewer", "Brouwerij De Gouden Gist B.V., Utrecht", "2016 \u2013 2019",
         ["Brew days, yeast propagation and dry hopping; developed 14 new recipes"])
    role("Assistant Brewer", "Haagse Stoombrouwerij, Den Haag", "2014 \u2013 2016",
         ["Cellar work, CIP, filtration and bottling line operation"])
    role("QA Laboratory Technician", "Brabant Beverages N.V., Breda", "Oct 2012 \u2013 Mar 2014",
         ["Micro and analytical testing (ASBC methods), sensory panel coordination"])
    role("Brewing Intern", "Brasserie du Pont, Brussels", "Feb \u2013 Jun 2011",
         ["Internship during BSc: mixed fermentation and lambic blending"])

    mhead("Education")
    for ln, d in [("MSc Brewing and Distilling", "Heriot-Watt University, Edinburgh \u2013 2011 \u2013 2012"),
                  ("BSc Food Technology", "HAS green academy, Den Bosch \u2013 2007 \u2013 2011")]:
        m.space(3)
        m.line(ln, "Helvetica-Bold", 9.6, lead=12.5)
        m.line(d, "Helvetica", 9.2, GREY, lead=12)
    assert p.page == 1
    p.save()
    write_truth(base, t)


if __name__ == "__main__":
    for fn in (r24, r25, r26, r27, r28, r29, r30):
        fn()
    print("pdf: wrote 7")
