"""Generate the seven PDF resumes (w8_24 .. w8_30), their truth files and
work/NAME.strings.txt (every string drawn, in drawing order)."""
from reportlab.lib.colors import black

from common import job, truth, save_truth
from pdfkit_w8 import PDF, Column, hexc

GREY = hexc("#555555")


# =====================================================================
# 24 Orchestral violinist, Austria - one column, Times, faux small-caps
# section headings, company left / dates right, no skills section.
# =====================================================================
def violinist():
    stem = "w8_24_violinist_pdf"
    pdf = PDF(stem, title="Johanna Leitner - CV", author="Johanna Leitner")
    W = pdf.W
    L, R = 62, W - 62
    y = pdf.H - 70
    pdf.text(W / 2, y, "Johanna Leitner", "Times-Bold", 24, align="center")
    y -= 20
    pdf.text(W / 2, y, "Violinist", "Times-Italic", 13, align="center")
    y -= 16
    pdf.text(W / 2, y, "Schönbrunner Straße 118/7, 1050 Wien  ·  +43 664 5550173  ·  johanna.leitner@example.at",
             "Times-Roman", 10, align="center")
    y -= 10
    pdf.rule(L, y, R, width=0.8)
    col = Column(pdf, L, R - L, y - 4, 60)
    FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

    def heading(t):
        col.need(40)
        col.gap(20)
        pdf.smallcaps(L, col.y, t, font=BOLD, size=12.5)
        pdf.rule(L, col.y - 4, R, color=GREY, width=0.4)
        col.gap(4)

    def entry(org, dates, title, bullets=()):
        col.gap(3)
        col.line(org, BOLD, 10.5, 14, right=dates, right_font=FONT)
        col.line(title, ITAL, 10.5, 13)
        for b in bullets:
            col.para(b, FONT, 10, 12.5, indent=8, bullet="-")

    heading("Orchestral Positions")
    entry("Donau Philharmonie Wien", "since 09/2019", "Section Violinist, First Violins", [
        "Tenured in 2020 after the one-year trial period (Probejahr)",
        "Subscription series at the Musikverein and Konzerthaus, opera productions, recordings for ORF",
        "Tours to Japan (2023) and the USA (2024); regularly lead the second desk",
    ])
    entry("Alpenland Symphonieorchester Innsbruck", "10/2017 – 08/2019", "Academy Violinist (Orchesterakademie)", [
        "Two-year orchestra academy position with full participation in the concert and opera season",
    ])
    heading("Substitute and Freelance Work")
    entry("Grazer Opernorchester", "2016 – 2019", "Substitute Violinist (Aushilfe)", [
        "Regular substitute in first and second violins for opera, operetta and ballet productions",
    ])
    entry("Wiener Kammerensemble Pro Arte", "2015 – 2019", "Freelance Tutti Violinist", [
        "Baroque and classical projects on period set-up; concerts in Austria, Italy and Slovenia",
    ])
    heading("Teaching")
    entry("Musikschule Wien-Margareten", "2015 – 2017", "Violin Teacher", [
        "Twelve pupils aged 6 to 17; prepared students for the prima la musica competition",
    ])
    heading("Education")
    entry("University of Music and Performing Arts Vienna (mdw)", "2014 – 2017",
          "Master of Arts, Violin Performance (Konzertfach Violine), with distinction",
          ["Class of Prof. Elisabeth Haring; orchestral studies with members of the Vienna orchestras"])
    entry("University of Music and Performing Arts Graz (KUG)", "2010 – 2014", "Bachelor of Arts, Violin")
    heading("Masterclasses")
    col.para("Ana Chumachenco, Christian Tetzlaff, Antje Weithaas; Carl Flesch Academy Baden-Baden (2016)",
             FONT, 10, 13)
    heading("Competitions and Awards")
    col.para("2nd Prize, International Fritz Kreisler Youth Competition for Strings, Vienna (2015)", FONT, 10, 13,
             indent=8, bullet="-")
    col.para("Scholarship of the Austrian Federal Ministry for Arts and Culture (2016)", FONT, 10, 13,
             indent=8, bullet="-")
    heading("Chamber Music")
    col.para("First violin of the Leitner Quartet (founded 2016), with concerts at the Wiener Konzerthaus, "
             "Schubertiade Hohenems and Festival Retz; member of the piano trio Trio Alsergrund.",
             FONT, 10, 13)
    heading("Instrument and Languages")
    col.para("Violin by Giuseppe Pedrazzini, Milan 1921, on loan from a private foundation.", FONT, 10, 13)
    col.para("German (native), English (fluent), Italian (good).", FONT, 10, 13)
    pdf.save()
    assert pdf.page == 1
    save_truth(stem, truth(
        "Johanna Leitner", "johanna.leitner@example.at", "+43 664 5550173",
        [job("Donau Philharmonie Wien", "Section Violinist, First Violins", "09/2019"),
         job("Alpenland Symphonieorchester Innsbruck", "Academy Violinist (Orchesterakademie)", "10/2017", "08/2019"),
         job("Grazer Opernorchester", "Substitute Violinist (Aushilfe)", "2016", "2019"),
         job("Wiener Kammerensemble Pro Arte", "Freelance Tutti Violinist", "2015", "2019"),
         job("Musikschule Wien-Margareten", "Violin Teacher", "2015", "2017")],
        []))


# =====================================================================
# 25 Oil products trader, Switzerland - two columns with a shaded LEFT
# sidebar (contact, personal, languages, skills) on every page, two pages,
# one job running across the page break, page footer.
# =====================================================================
def commodity_trader():
    stem = "w8_25_commodity_trader_pdf"
    pdf = PDF(stem, title="Julien Mercier - Curriculum Vitae", author="Julien Mercier")
    W, H = pdf.W, pdf.H
    SB_W = 182
    SX, SW = 22, SB_W - 38
    MX, MW = SB_W + 24, W - SB_W - 24 - 36
    navy = hexc("#17324D")
    SIDE_BG = hexc("#E6ECF2")

    def page_frame(p):
        p.rect(0, 0, SB_W, H, SIDE_BG)
        p.text(MX + MW, 24, "Julien Mercier – CV – page %d/2" % p.page, "Helvetica", 7.5, GREY, align="right")

    pdf.on_new_page = page_frame
    page_frame(pdf)

    # sidebar, page 1
    sb = Column(pdf, SX, SW, H - 150, 40)

    def shead(t):
        sb.gap(14)
        sb.line(t, "Helvetica-Bold", 9.5, 12, color=navy)
        pdf.rule(SX, sb.y - 4, SX + SW, color=navy, width=0.5)
        sb.gap(4)

    shead("CONTACT")
    for s in ["Geneva, Switzerland", "+41 79 555 01 48", "julien.mercier@example.ch", "linkedin.com/in/julienmercier"]:
        sb.line(s, "Helvetica", 8.5, 12)
    shead("PERSONAL")
    for s in ["French national", "Swiss C permit", "Born 1988"]:
        sb.line(s, "Helvetica", 8.5, 12)
    shead("LANGUAGES")
    for s in ["French – native", "English – fluent", "Spanish – fluent", "Russian – intermediate"]:
        sb.line(s, "Helvetica", 8.5, 12)
    shead("SKILLS")
    skills = ["Middle distillates trading", "Arbitrage & blending economics", "Freight & demurrage",
              "Hedging (ICE, NYMEX swaps)", "Trade finance & LCs", "P&L and VaR reporting",
              "Endur / Allegro ETRM", "Excel VBA and Python (pandas)"]
    for s in skills:
        sb.line(s, "Helvetica", 8.5, 12)
    shead("SYSTEMS & DATA")
    for s in ["Platts, Argus, Kpler", "Bloomberg, ICE Connect"]:
        sb.line(s, "Helvetica", 8.5, 12)

    # main column
    y = H - 70
    pdf.text(MX, y, "JULIEN MERCIER", "Helvetica-Bold", 24, navy)
    y -= 20
    pdf.text(MX, y, "Oil Products Trader – Middle Distillates", "Helvetica", 12, GREY)
    col = Column(pdf, MX, MW, y - 12, 48, top_next=H - 56)

    def heading(t):
        col.need(36)
        col.gap(14)
        col.line(t, "Helvetica-Bold", 11, 13, color=navy)
        pdf.rule(MX, col.y - 4, MX + MW, color=navy, width=0.7)
        col.gap(4)

    def bullets(items):
        for b in items:
            col.para(b, "Helvetica", 9.4, 12.6, indent=2, bullet="•")

    heading("PROFILE")
    col.para("Physical oil trader with 12 years in Geneva trading houses and trade finance. Currently run a "
             "European and West African gasoil and jet book of 1.5-2.0 million tonnes per year, combining "
             "cargo arbitrage with disciplined paper hedging. Known for building long-term supply relationships "
             "with refiners in the Mediterranean and the Baltic, and for clean risk and P&L reporting.",
             "Helvetica", 9.5, 12.5)
    heading("KEY ACHIEVEMENTS")
    for b in ["Grew the Mediterranean middle distillates book from 0.6 to 1.8 million tonnes a year in four years",
              "Profitable in every year since 2017, including the 2020 contango and the 2022 diesel dislocation",
              "Opened a new West African outlet through a tolling and storage agreement in Lomé",
              "Designed the desk's freight-adjusted arbitrage model, now used by three trading books"]:
        col.para(b, "Helvetica", 9.4, 12.6, indent=2, bullet="•")
    heading("PROFESSIONAL EXPERIENCE")

    def company(name, place):
        col.gap(6)
        col.line(name, "Helvetica-Bold", 10.5, 14, right=place, right_font="Helvetica-Oblique",
                 right_color=GREY)

    def role(title, dates):
        col.line(title, "Helvetica-BoldOblique", 9.5, 13, right=dates, right_font="Helvetica")

    company("Léman Energy Trading SA", "Geneva")
    role("Senior Trader – Middle Distillates", "Jan 2020 – Present")
    bullets([
        "Run the gasoil, diesel and jet book for the Mediterranean and West Africa: 45-60 cargoes a year, "
        "term and spot, FOB and CIF",
        "Average annual gross P&L of USD 14 million over 2021-2024 within a USD 1.2 million VaR limit",
        "Negotiated three-year term offtake with two Mediterranean refiners and a West African distributor",
        "Hedge flat-price and timespread exposure with ICE gasoil futures and swaps; coordinate with "
        "operations, credit and trade finance on every deal",
        "Manage storage positions in Malta and Lomé and blending into West African diesel specifications",
        "Work with the structured finance team on prepayment deals with refinery counterparties",
        "Mentor a junior trader and two analysts; member of the weekly risk committee",
    ])
    role("Trader – Gasoline & Naphtha", "Mar 2017 – Dec 2019")
    bullets([
        "Traded Eurobob and naphtha cargoes and barges in the ARA region and the Mediterranean",
        "Built a blending arbitrage into West Africa that became a USD 3 million per year strategy",
        "Chartered MR and LR1 tankers with the freight desk; managed demurrage exposure",
    ])
    company("Rhône Commodities SA", "Geneva")
    role("Trading Analyst", "Sep 2013 – Feb 2017")
    bullets([
        "Supported the crude and fuel oil desks with arbitrage models, freight and blending economics",
        "Produced daily position, mark-to-market and P&L attribution reports for four traders",
        "Built the desk's Python and Excel-VBA pricing tools, replacing manual spreadsheet work",
        "Deal capture and confirmation in Endur; reconciled paper hedges against physical exposure",
        "Worked on inspection, loss control and claims for 120+ cargoes with operations",
        "Seconded for three months to the Singapore office (2015) to set up the fuel oil blending book",
        "Covered the fuel oil desk's daily hedging and exposure reports during trader absences",
    ])
    company("Banque Genevoise de Commerce", "Geneva")
    role("Graduate Trainee – Structured Trade Finance", "Sep 2011 – Aug 2013")
    bullets([
        "Rotations in commodity trade finance, credit analysis and documentary credits",
        "Structured transactional facilities and letters of credit for mid-size oil and metals traders",
    ])
    company("Massilia Shipping", "Marseille")
    role("Chartering Intern", "Summer 2010")
    bullets(["Tanker chartering and post-fixture support for the Mediterranean desk"])

    heading("EDUCATION")
    col.gap(4)
    col.line("MSc in Commodity Trading", "Helvetica-Bold", 9.5, 13, right="2010 – 2011", right_font="Helvetica")
    col.line("University of Geneva, Geneva School of Economics and Management", "Helvetica", 9, 12)
    col.gap(4)
    col.line("Master in Management (Grande École)", "Helvetica-Bold", 9.5, 13, right="2007 – 2010",
             right_font="Helvetica")
    col.line("KEDGE Business School, Marseille", "Helvetica", 9, 12)
    heading("ADDITIONAL")
    col.para("FINMA-compliant market conduct training (annual). Certificate in Shipping and Chartering, "
             "Institute of Chartered Shipbrokers (2016).", "Helvetica", 9, 12)
    col.para("Interests: sailing on Lake Geneva, trail running, chess (club level).", "Helvetica", 9, 12)
    # sidebar on page 2
    assert pdf.page == 2
    sb2 = Column(pdf, SX, SW, H - 70, 40)
    shead_col = sb
    sb = sb2
    shead("REFERENCES")
    for s_ in ["Available on request"]:
        sb.line(s_, "Helvetica", 8.5, 12)
    sb = shead_col
    pdf.save()

    # layout assertions: two pages, the Rhône job straddles the break
    assert pdf.page == 2, pdf.page
    assert pdf.pages_of("Trading Analyst") == [1]
    assert pdf.straddles("Trading Analyst", "Banque Genevoise de Commerce"), "Rhône job does not cross the page"
    assert pdf.pages_of("Banque Genevoise de Commerce") == [2]
    save_truth(stem, truth(
        "Julien Mercier", "julien.mercier@example.ch", "+41 79 555 01 48",
        [job("Léman Energy Trading SA", "Senior Trader – Middle Distillates", "Jan 2020"),
         job("Léman Energy Trading SA", "Trader – Gasoline & Naphtha", "Mar 2017", "Dec 2019"),
         job("Rhône Commodities SA", "Trading Analyst", "Sep 2013", "Feb 2017"),
         job("Banque Genevoise de Commerce", "Graduate Trainee – Structured Trade Finance", "Sep 2011", "Aug 2013"),
         job("Massilia Shipping", "Chartering Intern", "Summer 2010")],
        skills))


# =====================================================================
# 26 Fibre splicer, South Africa - dates in a left column (split over two
# lines), contact block right-aligned opposite the name, personal details.
# =====================================================================
def fibre_splicer():
    stem = "w8_26_fibre_splicer_pdf"
    pdf = PDF(stem, title="CV Sipho Mthembu", author="Sipho Mthembu")
    W, H = pdf.W, pdf.H
    L, R = 42, W - 42
    DX = L          # date column
    TX = L + 92     # text column
    TW = R - TX
    orange = hexc("#D35400")
    y = H - 62
    pdf.text(L, y, "SIPHO MTHEMBU", "Helvetica-Bold", 22)
    pdf.text(R, y + 6, "+27 82 555 0164", "Helvetica", 9.5, align="right")
    pdf.text(L, y - 20, "Fibre Optic Splicing Technician", "Helvetica", 12, orange)
    pdf.text(R, y - 7, "sipho.mthembu@example.co.za", "Helvetica", 9.5, align="right")
    pdf.text(R, y - 20, "Protea Glen, Soweto, Johannesburg", "Helvetica", 9.5, align="right")
    y -= 32
    pdf.rect(L, y, R - L, 2.2, orange)
    col = Column(pdf, TX, TW, y - 2, 50)

    def heading(t):
        col.need(34)
        col.gap(16)
        pdf.rect(L, col.y - 3, 4, 12, orange)
        pdf.text(L + 10, col.y, t, "Helvetica-Bold", 11.5)
        col.gap(4)

    def left(s, yy, bold=False):
        pdf.text(DX, yy, s, "Helvetica-Bold" if bold else "Helvetica", 9, GREY if not bold else black,
                 maxw=TX - DX - 6)

    heading("Personal Details")
    for k, v in [("Nationality", "South African"), ("Driver's licence", "Code 10 (C1) with PrDP"),
                 ("Criminal record", "None"), ("Health", "Excellent"),
                 ("Languages", "isiZulu, English, Sesotho, Afrikaans (basic)")]:
        yy = col.line(v, "Helvetica", 9.5, 13)
        left(k, yy, bold=True)

    heading("Career Objective")
    col.para("Hard-working fibre technician with nine years in FTTH, FTTB and long-haul builds across Gauteng. "
             "Looking for a senior splicing or team leader position where my OTDR and fault-finding "
             "experience can help a network operator deliver quality builds on time.", "Helvetica", 9.5, 13)

    heading("Work Experience")

    def jobblock(d1, d2, company, title, items):
        col.need(60)
        col.gap(6)
        yy = col.line(company, "Helvetica-Bold", 10, 13)
        left(d1, yy)
        yy = col.line(title, "Helvetica-Oblique", 9.5, 12.5, color=orange)
        left(d2, yy)
        for it in items:
            col.para(it, "Helvetica", 9.2, 12, indent=2, bullet="•")

    jobblock("Mar 2020 –", "Present", "Ubuntu Fibre Networks (Pty) Ltd, Midrand", "Senior Fibre Splicing Technician", [
        "Lead a splicing team of 4 on FTTH roll-outs (up to 900 homes passed per month)",
        "Fusion splicing of 24F-288F cables, closure and FDB builds, ODF terminations",
        "OTDR and power-meter testing, as-built documentation and close-out packs for the client",
        "Emergency fault finding and restoration on the Johannesburg metro ring (4-hour SLA)",
    ])
    jobblock("Jun 2016 –", "Feb 2020", "Highveld Telecom Contractors CC, Germiston", "Fibre Splicer", [
        "Splicing and testing on FTTB and business-park projects for two major network operators",
        "Aerial and underground cable installation, micro-trenching and duct blowing",
    ])
    jobblock("Jan 2014 –", "May 2016", "Tshwane Cable Works (Pty) Ltd, Pretoria", "Cable Jointer Assistant", [
        "Assisted jointers on copper and fibre joints; trench and manhole work; kept stores records",
    ])

    heading("Qualifications")
    for yr, q in [("2021", "First Aid Level 1 (St John)"),
                  ("2019", "Working at Heights (Unit Standard 229998)"),
                  ("2018", "Fujikura Certified Fusion Splicing Technician"),
                  ("2013", "National Certificate: Telecommunication, NQF 4 (MICT SETA learnership)"),
                  ("2011", "National Senior Certificate (Matric), Morris Isaacson High School")]:
        yy = col.line(q, "Helvetica", 9.5, 13)
        left(yr, yy)

    heading("Skills")
    skills = ["Fusion splicing (Fujikura 70S, Sumitomo T-72C)",
              "OTDR testing and trace analysis (EXFO, VIAVI)",
              "FTTH drop installation and ONT activation",
              "Aerial and underground cable installation",
              "Mechanical splicing and FOSC closures",
              "Reading route plans and as-built drawings"]
    for s in skills:
        col.line("•  " + s, "Helvetica", 9.5, 13)

    heading("References")
    for ref in ["Mr Thabo Nkosi – Project Manager, Ubuntu Fibre Networks – 011 555 0142",
                "Mrs Annelie van Wyk – Contracts Manager, Highveld Telecom Contractors – 011 555 0178"]:
        col.line(ref, "Helvetica", 9.5, 13)
    pdf.save()
    assert pdf.page == 1, pdf.page
    save_truth(stem, truth(
        "Sipho Mthembu", "sipho.mthembu@example.co.za", "+27 82 555 0164",
        [job("Ubuntu Fibre Networks (Pty) Ltd", "Senior Fibre Splicing Technician", "Mar 2020"),
         job("Highveld Telecom Contractors CC", "Fibre Splicer", "Jun 2016", "Feb 2020"),
         job("Tshwane Cable Works (Pty) Ltd", "Cable Jointer Assistant", "Jan 2014", "May 2016")],
        skills))


# =====================================================================
# 27 Trust & safety team lead, Kenya - single column, ALL-CAPS headings,
# three roles under one employer with right-aligned dates, attachment.
# =====================================================================
def trust_safety():
    stem = "w8_27_trust_safety_lead_pdf"
    pdf = PDF(stem, title="Grace Wanjiru Kamau CV", author="Grace Kamau")
    W, H = pdf.W, pdf.H
    L, R = 50, W - 50
    plum = hexc("#5B2A86")
    y = H - 64
    pdf.text(L, y, "GRACE WANJIRU KAMAU", "Helvetica-Bold", 20, plum)
    y -= 18
    pdf.text(L, y, "Trust & Safety Team Lead", "Helvetica", 12)
    y -= 15
    pdf.text(L, y, "Nairobi, Kenya  |  +254 712 555 038  |  grace.kamau@example.co.ke", "Helvetica", 9.5, GREY)
    col = Column(pdf, L, R - L, y - 4, 48)

    def heading(t):
        col.need(34)
        col.gap(13)
        col.line(t.upper(), "Helvetica-Bold", 10.5, 12, color=plum)
        pdf.rule(L, col.y - 4, R, color=plum, width=0.8)
        col.gap(3)

    def bl(items):
        for b in items:
            col.para(b, "Helvetica", 9.3, 12, indent=4, bullet="•")

    heading("Professional Summary")
    col.para("Trust & Safety professional with six years in content moderation operations for global social "
             "media and marketplace platforms. Lead a team of 18 moderators in a high-volume, sensitive-content "
             "queue while keeping quality, productivity and moderator wellbeing on target.",
             "Helvetica", 9.5, 12.5)
    heading("Work Experience")
    col.gap(4)
    col.line("Savannah Digital Services Ltd", "Helvetica-Bold", 10.5, 13, right="Nairobi",
             right_font="Helvetica-Oblique", right_color=GREY)
    col.line("Trust & Safety Team Lead", "Helvetica-Bold", 9.8, 13, color=GREY, right="Jan 2022 – Present",
             right_font="Helvetica")
    bl(["Lead 18 moderators across English, Swahili and Amharic queues (hate speech, violent extremism, "
        "child safety escalations)",
        "Kept team accuracy above 96% and SLA at 98% through weekly calibrations and targeted coaching",
        "Introduced structured wellness breaks and peer-support circles; attrition fell from 41% to 19%",
        "Give policy-gap feedback to the client's policy team; contributed to two regional policy updates"])
    col.line("Quality Analyst", "Helvetica-Bold", 9.8, 13, color=GREY, right="Jun 2020 – Dec 2021",
             right_font="Helvetica")
    bl(["Audited 1,500+ decisions a week; ran calibration sessions and root-cause analysis of errors"])
    col.line("Content Moderator", "Helvetica-Bold", 9.8, 13, color=GREY, right="Aug 2019 – May 2020",
             right_font="Helvetica")
    bl(["Reviewed reported posts, images and video against platform policies; top-10% productivity"])
    col.gap(5)
    col.line("Safari Connect Contact Centre Ltd", "Helvetica-Bold", 10.5, 13, right="Nairobi",
             right_font="Helvetica-Oblique", right_color=GREY)
    col.line("Customer Care Agent", "Helvetica-Bold", 9.8, 13, color=GREY, right="Mar 2017 – Jul 2019",
             right_font="Helvetica")
    bl(["Inbound voice and chat support for a mobile-money provider; CSAT 92%"])
    col.gap(5)
    col.line("Nairobi City County, ICT Department", "Helvetica-Bold", 10.5, 13, right="Nairobi",
             right_font="Helvetica-Oblique", right_color=GREY)
    col.line("ICT Intern (Industrial Attachment)", "Helvetica-Bold", 9.8, 13, color=GREY,
             right="May 2016 – Aug 2016", right_font="Helvetica")
    bl(["Helpdesk support, network cabling and asset inventory for county offices"])

    heading("Education")
    col.gap(3)
    col.line("BSc Information Technology – Jomo Kenyatta University of Agriculture and Technology",
             "Helvetica", 9.5, 12.5, right="2012 – 2016")
    col.line("Kenya Certificate of Secondary Education (KCSE), Alliance Girls High School – A-",
             "Helvetica", 9.5, 12.5, right="2011")
    heading("Certifications")
    col.line("Trust & Safety Professional Association (TSPA) – Foundations Certificate, 2023", "Helvetica", 9.5, 12.5)
    col.line("Mental Health First Aid, 2022   |   COPC Certified Team Leader, 2021", "Helvetica", 9.5, 12.5)
    heading("Skills")
    skills = ["Policy enforcement (hate speech, violent extremism, CSAM escalation)",
              "Quality calibration and QA sampling",
              "Workforce management and SLA tracking",
              "Wellbeing-first team leadership",
              "Zendesk, Google Workspace and Tableau (basic)",
              "English, Kiswahili and Gikuyu"]
    for s in skills:
        col.line("•  " + s, "Helvetica", 9.5, 12.5)
    heading("Referees")
    col.line("Peter Otieno, Operations Manager, Savannah Digital Services – +254 722 555 104", "Helvetica", 9.5, 12.5)
    col.line("Lucy Njeri, Training Lead, Safari Connect Contact Centre – +254 733 555 219", "Helvetica", 9.5, 12.5)
    pdf.save()
    assert pdf.page == 1, pdf.page
    save_truth(stem, truth(
        "Grace Wanjiru Kamau", "grace.kamau@example.co.ke", "+254 712 555 038",
        [job("Savannah Digital Services Ltd", "Trust & Safety Team Lead", "Jan 2022"),
         job("Savannah Digital Services Ltd", "Quality Analyst", "Jun 2020", "Dec 2021"),
         job("Savannah Digital Services Ltd", "Content Moderator", "Aug 2019", "May 2020"),
         job("Safari Connect Contact Centre Ltd", "Customer Care Agent", "Mar 2017", "Jul 2019"),
         job("Nairobi City County", "ICT Intern (Industrial Attachment)", "May 2016", "Aug 2016")],
        skills))


# =====================================================================
# 28 Golf course manager, Scotland - one column, two pages, dates right,
# three roles at one club running across the page break.
# =====================================================================
def greenkeeper():
    stem = "w8_28_course_manager_pdf"
    pdf = PDF(stem, title="Callum Fraser CV", author="Callum Fraser")
    W, H = pdf.W, pdf.H
    L, R = 56, W - 56
    green = hexc("#2F5D34")

    def footer(p):
        p.text(W / 2, 28, "Callum Fraser  ·  Curriculum Vitae  ·  Page %d" % p.page, "Helvetica", 7.5, GREY,
               align="center")

    pdf.on_new_page = footer
    footer(pdf)
    y = H - 66
    pdf.text(L, y, "Callum Fraser", "Times-Bold", 26, green)
    pdf.text(R, y + 4, "Crail, Fife KY10", "Helvetica", 9.5, align="right")
    pdf.text(R, y - 9, "07700 900534", "Helvetica", 9.5, align="right")
    pdf.text(R, y - 22, "callum.fraser@example.co.uk", "Helvetica", 9.5, align="right")
    pdf.text(L, y - 20, "Golf Course Manager  ·  Links Specialist", "Helvetica", 11.5, GREY)
    col = Column(pdf, L, R - L, y - 34, 56, top_next=H - 56)

    def heading(t):
        col.need(40)
        col.gap(16)
        col.line(t, "Times-Bold", 13.5, 15, color=green)
        pdf.rule(L, col.y - 5, R, color=green, width=1)
        col.gap(5)

    def company(name):
        col.need(30)
        col.gap(7)
        col.line(name, "Helvetica-Bold", 10.5, 14)

    def role(title, dates):
        col.line(title, "Helvetica-Oblique", 10, 13.5, color=green, right=dates, right_font="Helvetica")

    def bl(items):
        for b in items:
            col.para(b, "Helvetica", 9.6, 13.2, indent=6, bullet="•")

    heading("Profile")
    col.para("Golf course manager with 22 years on Scottish links, the last 13 leading greenkeeping teams. "
             "I manage fine fescue and bent links turf with minimal inputs, prepare courses for Open "
             "qualifying and DP World Tour-level events, and run budgets, machinery fleets and teams of up to "
             "18 staff. Committed to sustainability: both of my last two courses achieved GEO Certified status "
             "under my management. I like a well-trained team, a good plan on paper and a course that plays firm and fast "
             "all year round.", "Helvetica", 9.8, 13)

    heading("Key Achievements")
    bl([
        "Two GEO Certified courses (Eden Bay 2020, Lundin Brae 2017)",
        "Course preparation for Final Qualifying for The Open (2022, 2024) and the Scottish Amateur (2016)",
        "Cut course water consumption by 35% and fungicide use by 70% while improving green speeds",
        "Brought in a £1.2m irrigation project and a £400k machinery renewal on budget",
        "Developed six greenkeepers into head or deputy head greenkeeper roles at other Scottish clubs",
    ])

    heading("Career History")
    company("Eden Bay Golf Links, Fife")
    role("Course Manager", "Feb 2018 – Present")
    bl([
        "Responsible for 36 holes of links, a practice ground and a 9-hole academy course (210 acres)",
        "Lead a team of 18 greenkeepers, 2 mechanics and seasonal staff; all recruitment and appraisals",
        "Manage an annual course budget of £750k and a 10-year capital plan (machinery, irrigation, bunkers)",
        "Delivered a £1.2m Toro Lynx irrigation replacement on time and under budget (2021)",
        "Prepared the Championship course for Final Qualifying for The Open (2022, 2024)",
        "Moved greens to a fescue-dominant sward: fungicide use down 70%, wetting agents down 40%",
        "Achieved GEO Certified status (2020) and re-certification (2023); created 8 ha of dune heath",
        "Introduced a rolling five-year machinery replacement plan and an in-house workshop apprenticeship",
        "Run health and safety for the department: COSHH, risk assessments, lone working and machinery training",
        "Work with the golf operations team on tee-sheet planning around maintenance and tournaments",
        "Report monthly to the Green Committee and the General Manager",
    ])
    company("Lundin Brae Golf Club, Fife")
    role("Head Greenkeeper", "Mar 2012 – Jan 2018")
    bl([
        "Ran an 18-hole members' links with a team of 9 and a budget of £310k",
        "Revetted all 96 bunkers in-house over three winters using recycled turf techniques",
        "Introduced a moisture-meter-led irrigation policy that cut water use by a third",
        "Hosted the Scottish Amateur Championship (2016) and regional PGA events",
        "Worked with the club's ecologist to restore heather and marram on 12 ha of out-of-play land",
        "Rebuilt three greens to USGA-style rootzone after storm damage in 2014, reopened within 14 months",
        "Trained four apprentices to SVQ Level 2 and Level 3",
    ])
    company("Ardmore Heath Golf Club, Sutherland")
    role("Deputy Head Greenkeeper", "Apr 2009 – Feb 2012")
    bl([
        "Deputised for the Head Greenkeeper; ran the team of 8 day to day and planned the work rota",
        "Responsible for the spraying programme, nutrition records and PA6 compliance",
        "Organised the winter programme of drainage, pathways and gorse management",
        "Course preparation for the Scottish Boys' Championship (2010) and the Highland Open (2011)",
    ])
    role("Greenkeeper", "Nov 2005 – Mar 2009")
    bl([
        "Cutting, top dressing, hollow coring and bunker maintenance on a traditional links",
        "Operated and maintained triplex, fairway and rough mowers and the workshop grinder",
        "Gained PA1/PA2/PA6 spraying certificates and took over the winter drainage crew",
    ])
    role("Apprentice Greenkeeper", "Aug 2002 – Mar 2005")
    bl([
        "Modern Apprenticeship in Sportsturf while studying at Elmwood College on day release",
    ])
    company("Sandhills Country Club, North Carolina, USA")
    role("Seasonal Greenkeeper", "Apr 2005 – Oct 2005")
    bl([
        "Six-month international internship on bentgrass greens and Bermuda fairways; tournament prep "
        "for a US Amateur qualifier",
    ])

    heading("Qualifications")
    for q, yr in [("HNC Golf Course Management – Elmwood College, Cupar", "2008"),
                  ("SVQ Level 3 Sportsturf (Greenkeeping)", "2005"),
                  ("NPTC PA1, PA2 and PA6 pesticide application", "2004 – 2009"),
                  ("IOSH Managing Safely", "2015"),
                  ("Emergency First Aid at Work", "2024")]:
        col.line(q, "Helvetica", 9.8, 13.5, right=yr)

    heading("Skills")
    skills = ["Links turf management (fine fescue and bent)",
              "Budget management and capital planning",
              "Irrigation systems (Toro Lynx, Rain Bird)",
              "Machinery fleet planning and workshop management",
              "Ecology and environmental stewardship (GEO certified)",
              "Tournament preparation (R&A qualifying events)",
              "Staff recruitment, training and appraisal"]
    for s in skills:
        col.line("•  " + s, "Helvetica", 9.8, 13.5)

    heading("Memberships and Interests")
    col.para("Member of BIGGA (British and International Golf Greenkeepers Association) since 2002; Fife "
             "section chairman 2019-2022. Off the course: hill walking, photography and playing off a "
             "handicap of 6.", "Helvetica", 9.8, 13)
    heading("References")
    col.para("Available on request from the General Manager, Eden Bay Golf Links, and the Club Secretary, "
             "Lundin Brae Golf Club.", "Helvetica", 9.8, 13)
    pdf.save()
    assert pdf.page == 2, pdf.page
    # the Ardmore Heath block must straddle the page break
    assert pdf.pages_of("Ardmore Heath Golf Club, Sutherland") == [1], pdf.pages_of("Ardmore Heath Golf Club, Sutherland")
    assert pdf.pages_of("Apprentice Greenkeeper") == [2], pdf.pages_of("Apprentice Greenkeeper")
    save_truth(stem, truth(
        "Callum Fraser", "callum.fraser@example.co.uk", "07700 900534",
        [job("Eden Bay Golf Links", "Course Manager", "Feb 2018"),
         job("Lundin Brae Golf Club", "Head Greenkeeper", "Mar 2012", "Jan 2018"),
         job("Ardmore Heath Golf Club", "Deputy Head Greenkeeper", "Apr 2009", "Feb 2012"),
         job("Ardmore Heath Golf Club", "Greenkeeper", "Nov 2005", "Mar 2009"),
         job("Ardmore Heath Golf Club", "Apprentice Greenkeeper", "Aug 2002", "Mar 2005"),
         job("Sandhills Country Club", "Seasonal Greenkeeper", "Apr 2005", "Oct 2005")],
        skills))


# =====================================================================
# 29 Patent examiner, Netherlands - two columns with a shaded RIGHT
# sidebar (contact, languages, skills), dates in a small line above each
# title, publications.
# =====================================================================
def patent_examiner():
    stem = "w8_29_patent_examiner_pdf"
    pdf = PDF(stem, title="Chiara Benedetti CV", author="Chiara Benedetti")
    W, H = pdf.W, pdf.H
    teal = hexc("#006D77")
    SBX = W - 190
    pdf.rect(SBX, 0, 190, H, hexc("#EDF6F7"))
    L = 44
    MW = SBX - 22 - L
    y = H - 66
    pdf.text(L, y, "Chiara Benedetti, PhD", "Helvetica-Bold", 22, teal)
    y -= 18
    pdf.text(L, y, "Patent Examiner – Biotechnology", "Helvetica", 11.5, GREY)
    col = Column(pdf, L, MW, y - 6, 44)
    sb = Column(pdf, SBX + 18, 190 - 36, H - 60, 44)

    def heading(c, x, w, t):
        c.need(30)
        c.gap(14)
        c.line(t, "Helvetica-Bold", 10, 12, color=teal)
        pdf.rule(x, c.y - 4, x + w, color=teal, width=0.6)
        c.gap(4)

    # sidebar
    heading(sb, SBX + 18, 154, "Contact")
    for s in ["Rijswijk, the Netherlands", "+31 6 5550 2718", "chiara.benedetti@example.nl",
              "orcid.org/0000-0002-5550-0191"]:
        sb.line(s, "Helvetica", 8.5, 11.5)
    heading(sb, SBX + 18, 154, "Languages")
    for s in ["Italian – mother tongue", "English – C2", "German – C1", "French – B2", "Dutch – A2"]:
        sb.line(s, "Helvetica", 8.5, 11.5)
    heading(sb, SBX + 18, 154, "Skills")
    skills = ["Prior-art searching", "Patent databases (EPOQUE, STN)", "EPC and PCT procedure",
              "Opposition proceedings", "Sequence analysis (BLAST)", "CRISPR, qPCR, NGS",
              "Antibody engineering", "Scientific writing"]
    for s in skills:
        sb.line("› " + s, "Helvetica", 8.5, 11.5)
    heading(sb, SBX + 18, 154, "Memberships")
    for s in ["European Society of Gene", "and Cell Therapy (ESGCT)"]:
        sb.line(s, "Helvetica", 8.5, 11.5)

    # main column
    def heading_main(t):
        heading(col, L, MW, t)

    def entry(dates, title, org, items):
        col.need(50)
        col.gap(5)
        col.line(dates, "Helvetica", 8.5, 11, color=teal)
        col.line(title, "Helvetica-Bold", 10, 12.5)
        col.line(org, "Helvetica-Oblique", 9.5, 12, color=GREY)
        for it in items:
            col.para(it, "Helvetica", 9, 11.5, indent=3, bullet="-", bullet_indent=8)

    heading_main("Profile")
    col.para("Patent examiner with eight years of search, examination and opposition work in biotechnology "
             "at the European Patent Office, building on a PhD and postdoctoral research in molecular "
             "oncology. Experienced chair and member of opposition divisions.", "Helvetica", 9.3, 12)
    heading_main("Professional Experience")
    entry("01/2022 – present", "Senior Patent Examiner", "European Patent Office, Rijswijk", [
        "Search and examination of applications on gene editing, cell therapy and antibodies",
        "Chair of opposition divisions; oral proceedings by videoconference and in person",
        "Coach for newly recruited examiners in the biotech directorates",
    ])
    entry("10/2017 – 12/2021", "Patent Examiner", "European Patent Office, Rijswijk", [
        "Searches and written opinions on PCT and EP applications in molecular diagnostics",
        "Completed the EPO's two-year examiner training programme",
    ])
    entry("03/2014 – 09/2017", "Postdoctoral Researcher", "Leiden Institute of Molecular Medicine, Leiden", [
        "CRISPR screens for drug resistance in colorectal cancer organoids (2 first-author papers)",
        "Supervised 3 Master's students; wrote a successful NWO Veni pre-proposal",
    ])
    entry("04/2013 – 09/2013", "Junior Patent Analyst (internship)", "Bianchi & Rossi IP S.r.l., Milan", [
        "Freedom-to-operate and patent landscaping for pharmaceutical clients",
    ])
    heading_main("Education")
    entry("2009 – 2013", "PhD in Molecular Oncology", "University of Bologna", [
        "Thesis: Non-coding RNAs as regulators of EGFR signalling",
    ])
    entry("2007 – 2009", "MSc in Medical Biotechnology (110/110 cum laude)", "University of Bologna", [])
    heading_main("Selected Publications")
    col.para("Benedetti C, et al. Genome-wide CRISPR screens identify drivers of cetuximab resistance in "
             "patient-derived organoids. Cell Reports. 2017;19:1205-1218.", "Helvetica", 8.8, 11.3)
    col.para("Benedetti C, van Dam H. Organoid models in precision oncology. Trends Mol Med. 2016;22:732-745.",
             "Helvetica", 8.8, 11.3)
    pdf.save()
    assert pdf.page == 1, pdf.page
    save_truth(stem, truth(
        "Chiara Benedetti", "chiara.benedetti@example.nl", "+31 6 5550 2718",
        [job("European Patent Office", "Senior Patent Examiner", "01/2022"),
         job("European Patent Office", "Patent Examiner", "10/2017", "12/2021"),
         job("Leiden Institute of Molecular Medicine", "Postdoctoral Researcher", "03/2014", "09/2017"),
         job("Bianchi & Rossi IP S.r.l.", "Junior Patent Analyst (internship)", "04/2013", "09/2013")],
        skills))


# =====================================================================
# 30 Line producer, Nigeria - film/TV credits grid (Year | Production |
# Format | Role | Production company) plus staff positions.
# =====================================================================
def line_producer():
    stem = "w8_30_line_producer_pdf"
    pdf = PDF(stem, title="Adaeze Okonkwo-Bello - Line Producer", author="Adaeze Okonkwo-Bello")
    W, H = pdf.W, pdf.H
    L, R = 40, W - 40
    gold = hexc("#B7791F")
    dark = hexc("#222222")
    pdf.rect(0, H - 118, W, 118, dark)
    white = hexc("#FFFFFF")
    pdf.text(L, H - 62, "ADAEZE OKONKWO-BELLO", "Helvetica-Bold", 22, white)
    pdf.text(L, H - 82, "Line Producer  /  Production Manager  -  Film & Television", "Helvetica", 11, gold)
    pdf.text(L, H - 102, "Lekki Phase 1, Lagos  ·  +234 809 555 0126  ·  adaeze.ob@example.com", "Helvetica", 9.5,
             white)
    col = Column(pdf, L, R - L, H - 124, 44)

    def heading(t):
        col.need(32)
        col.gap(14)
        col.line(t, "Helvetica-Bold", 11, 13, color=gold)
        pdf.rule(L, col.y - 4, R, color=gold, width=0.8)
        col.gap(3)

    heading("PROFILE")
    col.para("Lagos-based line producer with 11 years in Nollywood features, streaming series and service "
             "productions. I build budgets and schedules that hold, hire and manage crews of up to 120, and "
             "keep productions moving through power cuts, permits and rainy season. Trusted by producers, "
             "financiers and streamers for clean cost reports and on-time delivery.", "Helvetica", 9.5, 12.6)

    heading("SELECTED CREDITS")
    cols = [("YEAR", 0, 34), ("PRODUCTION", 34, 138), ("FORMAT", 172, 120), ("ROLE", 292, 112),
            ("PRODUCTION COMPANY", 404, R - L - 404)]
    credits = [
        ("2024", "Harmattan Wind", "Feature film", "Line Producer", "Eko Reel Studios"),
        ("2023", "Mama's Kitchen (Season 2)", "TV series, 13 x 30'", "Line Producer", "Lekki Bay Pictures"),
        ("2022", "The Wedding Planner's Son", "Feature film", "Line Producer", "Eko Reel Studios"),
        ("2021", "Lagos By Night", "Streaming series, 8 x 45'", "Production Manager", "Ikoyi Road Films"),
        ("2019", "Red Earth", "Feature film", "Unit Production Manager", "Sahel Light Productions"),
        ("2018", "Tales by the Lagoon", "Anthology series", "Production Coordinator", "Ikoyi Road Films"),
    ]
    col.gap(4)
    col.need(14)
    col.y -= 12
    for name, off, w in cols:
        pdf.text(L + off, col.y, name, "Helvetica-Bold", 8, GREY, maxw=w - 4)
    pdf.rule(L, col.y - 4, R, color=GREY, width=0.4)
    col.gap(2)
    for row in credits:
        col.need(15)
        col.y -= 14
        for (name, off, w), val in zip(cols, row):
            font = "Helvetica-Oblique" if name == "PRODUCTION" else "Helvetica"
            pdf.text(L + off, col.y, val, font, 9, maxw=w - 4)
    col.gap(4)
    col.para("Budgets from NGN 45 million to NGN 1.1 billion (approx. USD 1.4 million); crews of 40-120; "
             "locations in Lagos, Calabar, Kano and Accra.", "Helvetica-Oblique", 9, 12, color=GREY)

    heading("STAFF POSITIONS")

    col.gap(2)
    col.line("Lagoon Television Network, Lagos", "Helvetica-Bold", 10.5, 14)
    col.line("Production Coordinator", "Helvetica-Bold", 9.8, 13, color=gold, right="2015 – 2017",
             right_font="Helvetica")
    for it in ["Coordinated three weekly studio shows and two drama series: call sheets, crew bookings, "
               "petty cash and wrap reports",
               "Introduced shared scheduling in StudioBinder across the drama unit"]:
        col.para(it, "Helvetica", 9.3, 12, indent=4, bullet="•")
    col.line("Production Assistant", "Helvetica-Bold", 9.8, 13, color=gold, right="2013 – 2015",
             right_font="Helvetica")
    for it in ["Runner, set PA and assistant to the head of production for studio and outside broadcasts"]:
        col.para(it, "Helvetica", 9.3, 12, indent=4, bullet="•")

    heading("SKILLS")
    skills = ["Budgeting and cost reports (Movie Magic Budgeting)",
              "Scheduling (StudioBinder, Movie Magic Scheduling)",
              "Crew hiring, contracts and guild liaison",
              "Location permits and NFVCB compliance",
              "Generator, fuel and power logistics",
              "Insurance and completion bond reporting"]
    half = (R - L) / 2
    for i in range(0, len(skills), 2):
        col.need(14)
        col.y -= 13
        pdf.text(L, col.y, "•  " + skills[i], "Helvetica", 9.2, maxw=half - 6)
        pdf.text(L + half, col.y, "•  " + skills[i + 1], "Helvetica", 9.2, maxw=half)

    heading("EDUCATION & TRAINING")
    col.line("BA Theatre Arts (Film Studies option) – University of Ibadan", "Helvetica", 9.5, 12.5, right="2012")
    col.line("Producing for Streaming – Berlinale Talents Lagos workshop", "Helvetica", 9.5, 12.5, right="2021")
    heading("MEMBERSHIPS")
    col.line("Producers Guild of Nigeria (PGN)  ·  Women in Film & Television Nigeria", "Helvetica", 9.5, 12.5)
    pdf.save()
    assert pdf.page == 1, pdf.page
    exp = [job(r[4], r[3], r[0]) for r in credits]
    exp += [job("Lagoon Television Network", "Production Coordinator", "2015", "2017"),
            job("Lagoon Television Network", "Production Assistant", "2013", "2015")]
    save_truth(stem, truth("Adaeze Okonkwo-Bello", "adaeze.ob@example.com", "+234 809 555 0126", exp, skills))


if __name__ == "__main__":
    for fn in (violinist, commodity_trader, fibre_splicer, trust_safety, greenkeeper, patent_examiner,
               line_producer):
        fn()
        print("wrote", fn.__name__)
