# Generates the 7 PDF resumes (w9_24 .. w9_30), their truth files, and work/NAME.strings.txt
# (every string drawn on the canvas, used by check.py).
from pdfkit import Page, Col, sw, wrap, draw_fit
from common import job, write_truth

R = []
PAGES = {}

# ------------------------------------------------------------------ 24 cocoa quality controller, Côte d'Ivoire
# Layout: one column, ALL-CAPS headings with rules, title left / dates right-aligned on the same line.
def build_24(base):
    p = Page(base, "CV - Mireille Aya Kouassi", "Mireille Aya Kouassi", top=800, left=55, right=540)
    navy = (0.36, 0.20, 0.09)
    p.text("MIREILLE AYA KOUASSI", "Sans-Bold", 20, color=navy, lead=26)
    p.text("Cocoa Quality Control Supervisor", "Sans", 12, color=(0.3, 0.3, 0.3), lead=17)
    p.text("Quartier Balmer, San-Pédro, Côte d'Ivoire   |   +225 07 55 32 18 40   |   mireille.kouassi@example.ci",
           "Sans", 8.8, lead=14)
    p.rule(navy, 1.5, 2, 10)

    def head(t):
        p.space(4)
        p.text(t, "Sans-Bold", 10.5, color=navy, lead=13)
        p.rule(navy, 0.5, 0, 5)

    head("PROFESSIONAL SUMMARY")
    p.para("Agronomist with ten years in the cocoa chain, from farm-gate quality checks with cooperatives "
           "to export quality control at the Port of San-Pédro. Supervises a team of 14 controllers and "
           "signs off 120,000 tonnes of beans per season against buyer contracts (FCC/CAOBISCO) and "
           "Conseil du Café-Cacao grading rules.", size=9.3)

    head("PROFESSIONAL EXPERIENCE")
    jobs = [
        ("Quality Control Supervisor", "Ivoire Cacao Export SA", "San-Pédro", "Feb. 2019 – present",
         ["Manage 14 quality controllers across 3 warehouses and the export quay",
          "Final cut tests, bean count and moisture checks before container stuffing",
          "Reduced buyer claims for mould and slaty beans by 35% in two seasons",
          "Coordinate fumigation contractors and phytosanitary inspections"]),
        ("Quality Controller", "Ivoire Cacao Export SA", "San-Pédro", "Sept. 2016 – Jan. 2019",
         ["Sampling of incoming trucks (up to 60 per day), grading and weight reconciliation",
          "Data entry of lots into SAP QM; traceability to cooperative level"]),
        ("Field Quality Agent", "Coopérative Agricole Sinfra Nouvelle (CASN)", "Sinfra", "2014 – 2016",
         ["Trained 900 member farmers on fermentation and drying practices",
          "Internal inspections for Rainforest Alliance / UTZ certification"]),
        ("Sampling Technician (contract)", "Afrique Inspection Services", "Abidjan", "Oct. 2013 – Mar. 2014",
         ["Sampling and sealing of export lots at the Port of Abidjan for third-party inspection"]),
    ]
    for title, comp, town, dates, duties in jobs:
        p.space(3)
        p.line_lr(title, dates, "Sans-Bold", 10, "Sans-Oblique", 9.3, color=(0, 0, 0), rcolor=(0.3, 0.3, 0.3))
        p.text(comp + " — " + town, "Sans", 9.5, color=navy, lead=13)
        for d in duties:
            p.para(d, size=9.1, bullet="•")

    head("EDUCATION")
    p.line_lr("BTS Agriculture (Agronomy)", "2013", "Sans-Bold", 9.5, "Sans", 9.3)
    p.text("Institut National Polytechnique Félix Houphouët-Boigny (INP-HB), Yamoussoukro", "Sans", 9.1, lead=13)
    p.line_lr("Baccalauréat Série D", "2011", "Sans-Bold", 9.5, "Sans", 9.3)
    p.text("Lycée Moderne de Gagnoa", "Sans", 9.1, lead=13)

    head("SKILLS")
    skills = ["Cut test and bean grading (ISO 2451)",
              "Moisture and bean count analysis",
              "Traceability and certification (Rainforest Alliance, Fairtrade)",
              "Warehouse fumigation supervision",
              "EUDR due-diligence data collection",
              "SAP (QM module) and Excel"]
    for s in skills:
        p.para(s, size=9.1, bullet="•")

    head("LANGUAGES")
    p.para("French (native) · Baoulé (native) · English (professional, TOEIC 790)", size=9.1)
    pages = p.save()
    return pages, dict(
        name="Mireille Aya Kouassi", email="mireille.kouassi@example.ci", phone="+225 07 55 32 18 40",
        experience=[job(c, t, d.split(" – ")[0], None if d.endswith("present") else d.split(" – ")[1])
                    for t, c, _, d, _ in jobs],
        skills=skills)

R.append(("w9_24_cocoa_quality_controller_pdf", build_24))

# ------------------------------------------------------------------ 25 prosthetist-orthotist, Vietnam
# Layout: two columns — shaded LEFT sidebar (contact, skills, languages), main column with dates in
# their own narrow left column.
def build_25(base):
    p = Page(base, "Nguyen Thi Thu Hang - CV", "Nguyễn Thị Thu Hằng", top=800, left=200, right=550, bottom=40)
    c = p.c
    teal = (0.05, 0.38, 0.42)
    c.setFillColorRGB(0.90, 0.95, 0.95)
    c.rect(0, 0, 180, p.H, stroke=0, fill=1)
    s = Col(p, 18, 168, 800)
    s.text("CONTACT", "Sans-Bold", 9.5, color=teal, lead=14)
    for ln in ["+84 90 555 3812", "hang.nguyen@example.vn", "Ngõ 85 Hạ Đình,", "Thanh Xuân, Hà Nội",
               "Vietnam"]:
        s.text(ln, "Cond", 8.8, lead=12)
    s.space(10)
    s.text("SKILLS", "Sans-Bold", 9.5, color=teal, lead=14)
    skills = ["Transtibial and transfemoral prostheses",
              "Spinal orthoses (Boston brace, Chêneau)",
              "Clubfoot management (Ponseti bracing)",
              "CAD/CAM scanning (Rodin4D)",
              "Polypropylene thermoforming",
              "Gait analysis",
              "Patient and family education"]
    for sk in skills:
        s.para(sk, "Cond", 8.6, bullet="▪", bullet_indent=9, lead=11.2)
        s.space(2)
    s.space(8)
    s.text("LANGUAGES", "Sans-Bold", 9.5, color=teal, lead=14)
    for ln in ["Vietnamese – native", "English – IELTS 6.5", "French – basic (A2)"]:
        s.text(ln, "Cond", 8.8, lead=12)
    s.space(8)
    s.text("CERTIFICATION", "Sans-Bold", 9.5, color=teal, lead=14)
    s.para("ISPO Category I Prosthetist/Orthotist (2014)", "Cond", 8.6, lead=11.2)
    s.space(3)
    s.para("Practising certificate, Ministry of Health of Vietnam", "Cond", 8.6, lead=11.2)

    p.text("NGUYỄN THỊ THU HẰNG", "Sans-Bold", 19, color=teal, lead=24)
    p.text("Prosthetist & Orthotist (ISPO Cat. I)", "Sans", 11, color=(0.3, 0.3, 0.3), lead=16)
    p.para("Clinician with ten years of experience in hospital and community-based rehabilitation in "
           "northern and central Vietnam, including outreach to provinces with landmine survivors "
           "and children with cerebral palsy and clubfoot.", size=9)
    p.space(6)

    def head(t):
        p.space(4)
        p.text(t, "Sans-Bold", 10.5, color=teal, lead=13)
        p.rule(teal, 0.7, 0, 6)

    DATE_W = 82
    head("WORK EXPERIENCE")
    jobs = [
        ("08/2017 – present", "Prosthetist-Orthotist (ISPO Category I)",
         "Hanoi Orthopaedic & Rehabilitation Hospital",
         ["Assess, cast and fit 25–30 patients per month (lower-limb prostheses, KAFO, spinal)",
          "Introduced 3D scanning for scoliosis braces; fitting time cut from 3 to 2 visits",
          "Clinical supervisor for 6 students from VIETCOT"]),
        ("01/2015 – 07/2017", "Clinical P&O Officer", "Mekong Mobility Project",
         ["Mobile clinics in Quảng Trị and Quảng Bình provinces; follow-up of 400 clients",
          "Trained commune health workers in referral of amputees"]),
        ("09/2011 – 08/2012", "Trainee Orthopaedic Technologist", "Da Nang Orthopaedic Workshop",
         ["Bench work: lamination, alignment and finishing of prostheses"]),
    ]
    for dates, title, comp, duties in jobs:
        y0 = p.y
        draw_fit(p.c, p.left, y0 - 9.5, dates, "Cond", 8.4, DATE_W - 5, (0.35, 0.35, 0.35))
        p.text(title, "Sans-Bold", 9.5, x=p.left + DATE_W, lead=12.5)
        p.text(comp, "Sans-Oblique", 9, x=p.left + DATE_W, lead=12.5, color=teal)
        for d in duties:
            p.para(d, size=8.7, x=p.left + DATE_W, bullet="–", lead=11.5)
        p.space(5)

    head("EDUCATION")
    for dates, what, where in [
            ("2012 – 2014", "Diploma in Prosthetics & Orthotics (ISPO Cat. I)",
             "Vietnamese Training Centre for Orthopaedic Technologists (VIETCOT), Hà Nội"),
            ("2008 – 2011", "Associate Degree in Rehabilitation Technology",
             "Đà Nẵng Medical College")]:
        y0 = p.y
        draw_fit(p.c, p.left, y0 - 9.5, dates, "Cond", 8.4, DATE_W - 5, (0.35, 0.35, 0.35))
        p.text(what, "Sans-Bold", 9.3, x=p.left + DATE_W, lead=12.5)
        p.para(where, size=8.7, x=p.left + DATE_W, lead=11.5)
        p.space(4)

    head("CONFERENCES")
    p.para("ISPO World Congress, Kobe 2019 – poster: “Low-cost scoliosis bracing in Vietnam”", size=8.7,
           bullet="–", lead=11.5)
    p.para("ASEAN P&O Forum, Bangkok 2022 – speaker", size=8.7, bullet="–", lead=11.5)
    pages = p.save()
    return pages, dict(
        name="Nguyễn Thị Thu Hằng", email="hang.nguyen@example.vn", phone="+84 90 555 3812",
        experience=[job(c_, t, d.split(" – ")[0], None if d.endswith("present") else d.split(" – ")[1])
                    for d, t, c_, _ in jobs],
        skills=skills)

R.append(("w9_25_prosthetist_orthotist_pdf", build_25))

# ------------------------------------------------------------------ 26 shipfitter, South Korea
# Layout: Korean-style form — ruled grid tables (personal info, career table with Period/Company/
# Position/Duties columns, "2014.03 ~ 2019.12" dates), then certificates and skills.
def build_26(base):
    p = Page(base, "Resume - Park Jun-ho", "Park Jun-ho", top=805, left=45, right=550, bottom=40)
    c = p.c
    p.text("RESUME", "Sans-Bold", 22, lead=30, align="center")
    p.space(4)

    def grid_row(cells, widths, h, fonts=None, fill=None, size=8.8):
        """cells: list of lists of lines. Draw bordered row with given height."""
        x = p.left
        top = p.y
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        for i, (lines, w) in enumerate(zip(cells, widths)):
            if fill and fill[i]:
                c.setFillColorRGB(*fill[i])
                c.rect(x, top - h, w, h, stroke=0, fill=1)
            c.rect(x, top - h, w, h, stroke=1, fill=0)
            f = fonts[i] if fonts else "Sans"
            c.setFillColorRGB(0, 0, 0)
            c.setFont(f, size)
            ty = top - 5 - size
            for ln in lines:
                assert sw(ln, f, size) <= w - 8, "cell overflow %r" % ln
                c.drawString(x + 4, ty, ln)
                ty -= size * 1.3
            x += w
        p.y -= h

    def section(t):
        p.space(12)
        p.text("■ " + t, "Sans-Bold", 11, lead=16)

    grey = (0.88, 0.90, 0.93)
    W4 = [90, 165, 90, 160]
    section("Personal Information")
    for a, b, cc, d in [("Name", "PARK Jun-ho", "Date of Birth", "1991.07.15"),
                        ("Mobile", "+82 10-5555-2381", "E-mail", "junho.park@example.co.kr"),
                        ("Address", "Okpo-dong, Geoje-si, Gyeongsangnam-do", "Military Service",
                         "Completed (ROK Navy)")]:
        lines_b = wrap(b, "Sans", 8.8, W4[1] - 8)
        h = 8 + 11.5 * max(1, len(lines_b))
        grid_row([[a], lines_b, [cc], [d]], W4, h,
                 fonts=["Sans-Bold", "Sans", "Sans-Bold", "Sans"], fill=[grey, None, grey, None])

    section("Education")
    W3 = [110, 255, 140]
    grid_row([["Period"], ["School"], ["Major / Status"]], W3, 20,
             fonts=["Sans-Bold"] * 3, fill=[grey] * 3)
    for a, b, cc in [("2007.03 ~ 2010.02", "Geoje Technical High School", "Shipbuilding / Graduated"),
                     ("2015.03 ~ 2017.02", "Koje College (night course)", "Marine Plant / Graduated")]:
        grid_row([[a], [b], [cc]], W3, 20)

    section("Career")
    WC = [96, 124, 100, 185]
    grid_row([["Period"], ["Company"], ["Position"], ["Main Duties"]], WC, 20,
             fonts=["Sans-Bold"] * 4, fill=[grey] * 4)
    careers = [
        ("2020.01 ~ Present", ["Geoje Ocean", "Shipbuilding Co., Ltd."], "Geoje Ocean Shipbuilding Co., Ltd.",
         ["Foreman,", "Hull Block Fitting"], "Foreman, Hull Block Fitting",
         "Lead 12 fitters on LNG carrier and container ship blocks; fit-up inspection with QC; daily "
         "safety meetings (TBM)"),
        ("2014.03 ~ 2019.12", ["Geoje Ocean", "Shipbuilding Co., Ltd."], "Geoje Ocean Shipbuilding Co., Ltd.",
         ["Shipfitter"], "Shipfitter",
         "Assembly and alignment of sub-blocks and grand blocks; marking, gas cutting, CO2 tack welding"),
        ("2013.04 ~ 2014.02", ["Ulsan Steel", "Structure Co."], "Ulsan Steel Structure Co.",
         ["Fitter Helper"], "Fitter Helper",
         "Assisting fitters on offshore module steel structure; material handling"),
        ("2011.03 ~ 2013.01", ["Republic of Korea", "Navy"], "Republic of Korea Navy",
         ["Sergeant", "(Damage Control)"], "Sergeant (Damage Control)",
         "Military service on a frigate; damage control and firefighting team; honorable discharge"),
    ]
    for per, comp_lines, comp, pos_lines, pos, duty in careers:
        duty_lines = wrap(duty, "Sans", 8.4, WC[3] - 8)
        h = 8 + 11 * max(len(duty_lines), len(comp_lines), len(pos_lines))
        x = p.left
        top = p.y
        grid_row([[per], comp_lines, pos_lines, []], WC, h)
        # duties in smaller font
        c.setFont("Sans", 8.4)
        ty = top - 5 - 8.4
        for ln in duty_lines:
            draw_fit(c, p.left + sum(WC[:3]) + 4, ty, ln, "Sans", 8.4, WC[3] - 8)
            ty -= 11

    section("Licenses & Certificates")
    W3b = [110, 255, 140]
    grid_row([["Date"], ["Certificate"], ["Issuer"]], W3b, 20, fonts=["Sans-Bold"] * 3, fill=[grey] * 3)
    for a, b, cc in [("2010.08", "Craftsman Welding", "HRD Korea (Q-Net)"),
                     ("2012.11", "Craftsman Shipbuilding Fitting", "HRD Korea (Q-Net)"),
                     ("2018.11", "Industrial Engineer Shipbuilding", "HRD Korea (Q-Net)"),
                     ("2021.05", "Rigging / Crane Signalman Training", "KOSHA")]:
        grid_row([[a], [b], [cc]], W3b, 20)

    section("Skills")
    skills = ["Hull block fitting and alignment",
              "Reading shop drawings (AVEVA Marine)",
              "Gas cutting and CO2 tack welding",
              "Gap and distortion control",
              "Crane signalling and rigging",
              "Team supervision (12 fitters)"]
    # two columns of skills
    half = (len(skills) + 1) // 2
    y0 = p.y
    for i, sk in enumerate(skills):
        col = i // half
        row = i % half
        draw_fit(p.c, p.left + 8 + col * 250, y0 - 10 - row * 13, "·  " + sk, "Sans", 9, 240)
    p.y = y0 - 10 - half * 13
    p.space(10)
    p.para("I certify that the above statements are true and correct.   2025.01.06   Applicant: Park Jun-ho",
           size=8.8)
    pages = p.save()
    return pages, dict(
        name="Jun-ho Park", email="junho.park@example.co.kr", phone="+82 10-5555-2381",
        experience=[job(comp, pos, per.split(" ~ ")[0], None if per.endswith("Present") else per.split(" ~ ")[1])
                    for per, _, comp, _, pos, _ in careers],
        skills=skills)

R.append(("w9_26_shipfitter_pdf", build_26))

# ------------------------------------------------------------------ 27 perfumer, France (2 pages)
# Layout: serif, small-caps headings, dates in a left column, running header on page 2,
# a job that continues across the page break.
def build_27(base):
    plum = (0.35, 0.12, 0.30)

    def page2_header(pg):
        pg.c.setFont("Serif-Italic", 8.5)
        pg.c.setFillColorRGB(0.4, 0.4, 0.4)
        pg.c.drawString(pg.left, 815, "Éloïse Marchand-Vidal — Curriculum vitae")
        pg.c.drawRightString(pg.right, 815, "page 2/2")
        pg.y = pg.top

    p = Page(base, "Éloïse Marchand-Vidal - Perfumer", "Éloïse Marchand-Vidal", top=790, left=60,
             right=535, bottom=60, on_new_page=page2_header)
    p.text("Éloïse Marchand-Vidal", "Serif-Bold", 23, color=plum, lead=28)
    p.text("Perfumer — fine fragrance & home fragrance", "Serif-Italic", 12, lead=18)
    p.text("12 rue de la Roquette, 75011 Paris  ·  +33 6 55 21 48 73  ·  eloise.marchand@example.fr",
           "Serif", 9, lead=13)
    p.text("French citizen  ·  Born 1989  ·  Member of the Société Française des Parfumeurs",
           "Serif", 9, lead=13)
    p.rule(plum, 1.2, 4, 10)

    DATE_X = p.left
    BODY_X = p.left + 112

    def head(t):
        p.space(6)
        p.small_caps(t, 12.5, "Serif-Bold", color=plum)
        p.rule(plum, 0.4, -2, 6)

    head("Profile")
    p.para("Perfumer trained at ISIPCA with twelve years of creation experience, first in a Grasse "
           "composition house and now in an independent Paris maison. My work sits between natural "
           "raw materials from Provence and modern captives; I have signed 34 launched fragrances, "
           "including two best-sellers in the French niche market, and I mentor junior perfumers and "
           "evaluators. I am equally at ease at the organ, in the extraction plant with growers, and in "
           "front of a client's marketing team, and I enjoy translating a brand story into a formula that "
           "survives cost, regulation and stability constraints.", "Serif", 9.6, lead=13.5)

    head("Selected creations")
    for s in ["Maison Aubrac — Figuier Blanc (2023), Lavande Nocturne (2021), Cèdre d'Hiver (2020)",
              "For a Japanese client — Yuzu Kōro home fragrance collection (2019)",
              "For a Dubai retailer — Amber Majlis, Oud Sahar (2018)"]:
        p.para(s, "Serif", 9.3, x=BODY_X, bullet="–", lead=12.8)

    head("Awards")
    for s_ in ["FiFi Awards France 2022 — Prix de l'Artisan Parfumeur, for Figuier Blanc",
               "Art and Olfaction Awards 2021 — finalist, independent category"]:
        p.para(s_, "Serif", 9.3, x=BODY_X, bullet="–", lead=12.8)

    head("Professional experience")
    jobs = [
        ("Sept. 2020 – present", "Senior Perfumer", "Maison Aubrac Parfums", "Paris",
         ["Create the annual collection (4–6 extraits de parfum) from brief to launch with the founders",
          "Signed “Lavande Nocturne” (2021) and “Figuier Blanc” (2023), together 40% of brand revenue",
          "Built a natural raw-material library of 380 materials with 22 Provence growers",
          "Manage reformulation for IFRA 49th–51st Amendments and EU allergen labelling",
          "Train and coach two junior perfumers and one evaluator",
          "Represent the house at Esxence (Milan) and Pitti Fragranze (Florence)",
          "Launched the house's first home fragrance line (candles, room sprays) in 2022",
          "Work with the bottle designer and packaging suppliers on every launch"]),
        ("Jan. 2016 – Aug. 2020", "Perfumer", "Arômes de Provence SAS", "Grasse",
         ["Fine fragrance and home fragrance briefs for French, Middle-Eastern and Japanese clients",
          "Won 31% of competitive briefs entered (industry average ~15%)",
          "Created candle and diffuser ranges for two European retailers (over 2 million units)",
          "Worked with the natural extraction plant on new CO2 extracts of mimosa and orange blossom",
          "Participated in sensory panels and consumer tests with the marketing team",
          "Led the house's oud and amber accord workstream for GCC clients",
          "Presented creations to clients in Dubai, Riyadh and Tokyo",
          "Mentored evaluation apprentices from the Grasse Institute of Perfumery"]),
        ("Sept. 2013 – Dec. 2015", "Junior Perfumer", "Arômes de Provence SAS", "Grasse",
         ["Counter-types and modifications for functional perfumery (shampoos, detergents)",
          "Accord library of 120 bases, still used in the house"]),
        ("Sept. 2011 – Aug. 2013", "Evaluation Assistant (work-study)", "Laboratoires Méridiane",
         "Neuilly-sur-Seine",
         ["Alternance contract during my ISIPCA Master: stability tests, blotter evaluations, "
          "submission preparation"]),
        ("Summer 2010", "Olfactory Evaluation Intern", "Parfums Céleste", "Grasse",
         ["Smelling sessions on raw materials; organisation of the olfactory library"]),
    ]
    for dates, title, comp, town, duties in jobs:
        p.need(44)
        p.space(4)
        y0 = p.y
        draw_fit(p.c, DATE_X, y0 - 10.5, dates, "SerifCond", 8.8, BODY_X - DATE_X - 6, (0.35, 0.35, 0.35))
        p.text(title, "Serif-Bold", 10.5, x=BODY_X, lead=14)
        p.text(comp + ", " + town, "Serif-Italic", 9.6, x=BODY_X, color=plum, lead=13.5)
        for d in duties:
            p.para(d, "Serif", 9.3, x=BODY_X, bullet="–", lead=12.8)

    head("Education")
    for dates, what, where in [
            ("2011 – 2013", "Master in Perfumery Creation (work-study)", "ISIPCA, Versailles"),
            ("2007 – 2011", "Licence & Master 1 in Organic Chemistry", "Université Côte d'Azur, Nice"),
            ("2007", "Baccalauréat S, mention Très bien", "Lycée Amiral de Grasse")]:
        y0 = p.y
        draw_fit(p.c, DATE_X, y0 - 10, dates, "SerifCond", 8.8, BODY_X - DATE_X - 6, (0.35, 0.35, 0.35))
        p.text(what, "Serif-Bold", 9.8, x=BODY_X, lead=13)
        p.text(where, "Serif-Italic", 9.3, x=BODY_X, lead=14)

    head("Skills")
    skills = ["Fine fragrance composition",
              "Natural raw materials and extraction",
              "IFRA compliance and reformulation",
              "Olfactory evaluation and training",
              "Fragrance formulation software (Fragrance Office)",
              "Client presentations in French and English"]
    for s in skills:
        p.para(s, "Serif", 9.3, x=BODY_X, bullet="·", lead=12.8)

    head("Languages")
    p.para("French (native), English (fluent — C1), Italian (intermediate), Japanese (beginner)",
           "Serif", 9.3, x=BODY_X)
    head("Interests")
    p.para("Gardening (iris and tuberose in Grasse), contemporary dance, ceramics.", "Serif", 9.3, x=BODY_X)
    pages = p.save()
    return pages, dict(
        name="Éloïse Marchand-Vidal", email="eloise.marchand@example.fr", phone="+33 6 55 21 48 73",
        experience=[job(c, t, d.split(" – ")[0] if " – " in d else d,
                        None if (d.endswith("present") or " – " not in d) else d.split(" – ")[1])
                    for d, t, c, _, _ in jobs],
        skills=skills)

R.append(("w9_27_perfumer_pdf", build_27))

# ------------------------------------------------------------------ 28 bartender, Jamaica
# Layout: coloured header band with name in white, company bold / title + dates on the next line
# in italics, skills as a two-column grid of "chips".
def build_28(base):
    p = Page(base, "Andre Campbell - Bartender", "Andre Omari Campbell", top=800, left=48, right=547, bottom=40)
    c = p.c
    green = (0.0, 0.45, 0.25)
    gold = (0.96, 0.75, 0.10)
    c.setFillColorRGB(*green)
    c.rect(0, p.H - 110, p.W, 110, stroke=0, fill=1)
    c.setFillColorRGB(*gold)
    c.rect(0, p.H - 114, p.W, 4, stroke=0, fill=1)
    p.y = p.H - 28
    p.text("ANDRE OMARI CAMPBELL", "Sans-Bold", 24, color=(1, 1, 1), lead=30)
    p.text("Head Bartender  ·  Mixologist  ·  Rum Specialist", "Sans", 11.5, color=gold, lead=18)
    p.text("Negril, Westmoreland, Jamaica   ☎ (876) 555-2290   ✉ andre.campbell@example.com.jm",
           "Sans", 9, color=(1, 1, 1), lead=14)
    p.y = p.H - 130

    def head(t):
        p.space(6)
        p.text(t.upper(), "Sans-Bold", 11, color=green, lead=15)
        p.rule(gold, 1.2, 0, 6, x1=p.left + 60)

    head("Profile")
    p.para("Twelve years behind the bar — beach bars in Mo'Bay, four years on cruise ships and now head "
           "bartender at a 240-room all-inclusive in Negril. I build cocktail menus around Jamaican rum and "
           "local fruit, train teams, and keep pour cost under 18%.", size=9.4)

    head("Experience")
    jobs = [
        ("Blue Lagoon Cove Resort & Spa", "Negril", "Head Bartender", "May 2021 – Present",
         ["Run 3 bars (swim-up, lobby, beach) with a team of 14 bartenders and barbacks",
          "Created signature rum menu; bar revenue from à-la-carte premium drinks up 27%",
          "Weekly stock take and ordering; pour cost held at 16–18%",
          "Host rum tastings for guests twice a week"]),
        ("Irie Pour Mobile Bar (self-employed)", "Westmoreland & Hanover",
         "Freelance Mobile Bartender", "Jun 2020 – Apr 2021",
         ["Started a mobile bar for weddings and private villas during the cruise shutdown",
          "Around 40 events; handled bookings, licences and supplies"]),
        ("Caribbean Star Cruises", "Miami, FL", "Bartender (contract, 8-month rotations)",
         "Oct 2016 – Mar 2020",
         ["Pool deck and piano bar on 2,800-guest ships; up to 500 cocktails a shift",
          "Consistently top-3 in onboard beverage sales; promoted to bar trainer in 2019"]),
        ("Margarita Bay Bar & Grill", "Montego Bay", "Barback / Bartender", "2014 – 2016",
         ["Started as barback, promoted to bartender after six months"]),
    ]
    for comp, town, title, dates, duties in jobs:
        p.space(3)
        p.text(comp + "  |  " + town, "Sans-Bold", 10, lead=13.5)
        p.text(title + "  ·  " + dates, "Sans-Oblique", 9.4, color=(0.3, 0.3, 0.3), lead=13.5)
        for d in duties:
            p.para(d, size=9.1, bullet="›", lead=12.2)

    head("Skills")
    skills = ["Classic & tiki cocktails", "Jamaican rum knowledge",
              "Flair bartending", "Bar inventory & cost control",
              "POS (Micros, Oracle Simphony)", "Responsible service of alcohol",
              "Team training", "Menu development"]
    colw = (p.right - p.left) / 2
    y0 = p.y
    for i, sk in enumerate(skills):
        col, row = i % 2, i // 2
        x = p.left + col * colw
        y = y0 - row * 20
        c.setFillColorRGB(0.90, 0.96, 0.92)
        c.roundRect(x, y - 16, colw - 10, 15, 4, stroke=0, fill=1)
        draw_fit(c, x + 6, y - 12, sk, "Sans", 9, colw - 22)
    p.y = y0 - ((len(skills) + 1) // 2) * 20 - 4

    head("Training & awards")
    for s in ["NVQ-J Level 2 Food & Beverage Service – HEART/NSTA Trust (2014)",
              "STCW Basic Safety Training (2016) · Food Handler's Permit, Westmoreland Health Dept.",
              "Finalist, Jamaica Rum Festival Bartender Challenge (2023)"]:
        p.para(s, size=9.1, bullet="›", lead=12.2)
    head("Education")
    p.para("Frome Technical High School, Westmoreland — CSEC: 6 subjects incl. English & Mathematics (2012)",
           size=9.1)
    pages = p.save()
    return pages, dict(
        name="Andre Omari Campbell", email="andre.campbell@example.com.jm", phone="(876) 555-2290",
        experience=[
            job("Blue Lagoon Cove Resort & Spa", "Head Bartender", "May 2021", None),
            job("Irie Pour Mobile Bar", "Freelance Mobile Bartender", "Jun 2020", "Apr 2021"),
            job("Caribbean Star Cruises", "Bartender (contract, 8-month rotations)", "Oct 2016", "Mar 2020"),
            job("Margarita Bay Bar & Grill", "Barback / Bartender", "2014", "2016"),
        ],
        skills=skills)

R.append(("w9_28_bartender_pdf", build_28))

# ------------------------------------------------------------------ 29 archivist, Mexico
# Layout: two columns with the sidebar on the RIGHT; main column ALL-CAPS headings; title · dates.
def build_29(base):
    p = Page(base, "CV María Fernanda Ortega Ruiz", "María Fernanda Ortega Ruiz", top=800, left=45,
             right=380, bottom=40)
    c = p.c
    wine = (0.55, 0.13, 0.16)
    c.setFillColorRGB(0.96, 0.94, 0.90)
    c.rect(398, 0, p.W - 398, p.H, stroke=0, fill=1)
    s = Col(p, 412, 580, 800)

    p.text("María Fernanda", "Serif-Bold", 22, color=wine, lead=26)
    p.text("Ortega Ruiz", "Serif-Bold", 22, color=wine, lead=30)
    p.text("ARCHIVIST · HISTORIAN", "Sans", 10, color=(0.35, 0.35, 0.35), lead=18)

    def head(t):
        p.space(6)
        p.text(t, "Sans-Bold", 10, color=wine, lead=13)
        p.rule(wine, 0.6, 0, 6)

    head("PROFILE")
    p.para("Archivist with 10+ years organising historical and institutional archives in central Mexico. "
           "Specialist in colonial and 19th-century documents, description standards and digitisation "
           "projects funded by CONAHCYT and private foundations.", "Serif", 9.4, lead=13)

    head("EXPERIENCE")
    jobs = [
        ("Fundación Cultural Vidal Echeverría, A.C.", "Puebla", "Head Archivist", "2019 – now",
         ["Direct the foundation's historical archive (1.2 linear km, 1780–1990) and a team of 5",
          "Migrated catalogue to AtoM; 48,000 descriptions published online",
          "Designed the preventive conservation plan and new storage (climate control)",
          "Coordinate researcher services and exhibitions loans"]),
        ("Universidad Autónoma del Bajío", "León, Gto.", "Cataloguing Archivist", "2015 – 2019",
         ["Described the notarial collection (1650–1870) to ISAD(G)",
          "Supervised 12 social-service students per year"]),
        ("Proyecto Memoria Ferroviaria", "Aguascalientes", "Project Archivist (contract)",
         "Jan. 2014 – Dec. 2014",
         ["Inventory and digitisation of 30,000 railway workshop records"]),
        ("Archivo Histórico del Estado de Guanajuato", "Guanajuato",
         "Social Service Trainee (servicio social)", "2012–13",
         ["Cleaning, foldering and basic inventories of municipal records"]),
    ]
    for comp, town, title, dates, duties in jobs:
        p.space(3)
        p.para(comp + ", " + town, "Serif-Bold", 10, lead=13.5)
        p.text(title + "  ·  " + dates, "Sans-Oblique", 9, color=wine, lead=13)
        for d in duties:
            p.para(d, "Serif", 9.1, bullet="•", lead=12.3)

    head("EDUCATION")
    for a, b in [("M.A. in History (Archival Studies)", "Universidad de Guanajuato · 2015"),
                 ("B.A. in History", "Universidad de Guanajuato · 2013"),
                 ("Diploma in Paleography", "Instituto Nacional de Antropología e Historia (INAH) · 2016")]:
        p.para(a, "Serif-Bold", 9.4, lead=12.5)
        p.para(b, "Serif", 9.1, lead=14)

    # sidebar
    s.text("CONTACT", "Sans-Bold", 9.5, color=wine, lead=14)
    for ln in ["+52 55 5555 3187", "mf.ortega@example.com.mx", "Col. Centro, Puebla, Pue.", "México"]:
        s.text(ln, "Cond", 8.8, lead=12.5)
    s.space(12)
    s.text("SKILLS", "Sans-Bold", 9.5, color=wine, lead=14)
    skills = ["ISAD(G) and ISAAR(CPF) description",
              "AtoM (Access to Memory)",
              "Paleography (16th–19th c. Spanish)",
              "Preventive conservation",
              "Digitisation workflows (Dublin Core)",
              "Records management (Ley General de Archivos)"]
    for sk in skills:
        s.para(sk, "Cond", 8.7, bullet="–", bullet_indent=9, lead=11.5)
        s.space(2)
    s.space(10)
    s.text("LANGUAGES", "Sans-Bold", 9.5, color=wine, lead=14)
    for ln in ["Spanish – native", "English – advanced (C1)", "Latin – reading", "Nahuatl – basic"]:
        s.text(ln, "Cond", 8.8, lead=12.5)
    s.space(10)
    s.text("MEMBERSHIPS", "Sans-Bold", 9.5, color=wine, lead=14)
    s.para("Red Nacional de Archivos de Instituciones de Educación Superior (RENAIES)", "Cond", 8.7, lead=11.5)
    s.space(3)
    s.para("International Council on Archives (ICA) – individual member", "Cond", 8.7, lead=11.5)
    pages = p.save()
    return pages, dict(
        name="María Fernanda Ortega Ruiz", email="mf.ortega@example.com.mx", phone="+52 55 5555 3187",
        experience=[
            job("Fundación Cultural Vidal Echeverría, A.C.", "Head Archivist", "2019", None),
            job("Universidad Autónoma del Bajío", "Cataloguing Archivist", "2015", "2019"),
            job("Proyecto Memoria Ferroviaria", "Project Archivist (contract)", "Jan. 2014", "Dec. 2014"),
            job("Archivo Histórico del Estado de Guanajuato", "Social Service Trainee (servicio social)",
                "2012", "13"),
        ],
        skills=skills)

R.append(("w9_29_archivist_pdf", build_29))

# ------------------------------------------------------------------ 30 orchestral violinist, Latvia (2 pages)
# Layout: centred name, one column, year ranges in a left column, page-number footer, no skills section.
def build_30(base):
    ink = (0.12, 0.16, 0.30)

    def footer(pg):
        pg.c.setFont("Sans", 7.5)
        pg.c.setFillColorRGB(0.45, 0.45, 0.45)
        pg.c.drawCentredString(pg.W / 2, 30, "Elīna Kalniņa · violin · 2")
        pg.y = pg.top

    p = Page(base, "Elina Kalnina - violin CV", "Elīna Kalniņa", top=790, left=70, right=525, bottom=60,
             on_new_page=footer)
    p.text("Elīna Kalniņa", "Serif", 26, color=ink, lead=32, align="center")
    p.text("V I O L I N", "Sans", 10, color=(0.4, 0.4, 0.4), lead=16, align="center")
    p.text("Krišjāņa Barona iela 88–14, Rīga LV-1001, Latvia", "Sans", 8.8, lead=12, align="center")
    p.text("+371 2655 5914  ·  elina.kalnina@example.lv  ·  elinakalnina-violin.example.lv",
           "Sans", 8.8, lead=12, align="center")
    p.rule(ink, 0.8, 6, 12, x0=p.left + 150, x1=p.right - 150)

    YEAR_W = 85

    def head(t):
        p.space(8)
        p.text(t, "Sans-Bold", 10.5, color=ink, lead=13)
        p.rule(ink, 0.4, 0, 6)

    def entry(years, line1, line2=None, notes=()):
        p.need(28)
        y0 = p.y
        draw_fit(p.c, p.left, y0 - 10, years, "Sans", 9, YEAR_W - 6, (0.3, 0.3, 0.3))
        p.para(line1, "Serif-Bold", 10, x=p.left + YEAR_W, lead=13.5)
        if line2:
            p.text(line2, "Serif-Italic", 9.5, x=p.left + YEAR_W, lead=13)
        for n in notes:
            p.para(n, "Serif", 9.2, x=p.left + YEAR_W, lead=12.6)
        p.space(4)

    p.para("Latvian violinist, sub-principal second violin of the Riga City Chamber Orchestra since 2018. "
           "Trained in Rīga and Hamburg, with orchestral experience across symphonic, opera and baroque "
           "repertoire, and an active chamber musician with the Daugava String Quartet.", "Serif", 9.6,
           lead=13.5)

    head("ORCHESTRAL POSITIONS")
    entry("2018 – present", "Sub-principal Second Violin", "Riga City Chamber Orchestra",
          ["Won the position by audition (2018); regularly leads the section in concerts and recordings.",
           "Tours: Japan (2019), Germany and Austria (2022, 2024), Baltic Sea Festival (2023)."])
    entry("2013 – 2018", "Tutti First Violin", "Kurzeme Symphony Orchestra, Liepāja",
          ["Trial year 2013–14, tenured 2014. Opera and ballet productions with the Liepāja Theatre, "
           "summer festival “Piano Stars”."])
    entry("2011 – 2013", "Academist", "Academy of the Hanseatic Philharmonic, Hamburg",
          ["Two-year orchestral academy: section playing in subscription concerts, mock auditions, "
           "lessons with the concertmasters."])
    entry("2009 – 2011", "Extra Violinist (freelance)", "Latvian National Opera and Ballet",
          ["Regular extra player for opera seasons (Verdi, Puccini, Wagner ‘Ring’ cycle 2010)."])

    head("TEACHING")
    entry("2019 – present", "Violin Teacher (part-time)", "Pārdaugava Music School, Rīga",
          ["Class of 14 pupils aged 7–18; three prize-winners at the Latvian Young Violinists Competition."])

    head("EDUCATION")
    entry("2011 – 2013", "Master of Music (Orchestral Performance)",
          "Hochschule für Musik und Theater Hamburg — class of Prof. K. Brandt")
    entry("2005 – 2009", "Bachelor of Music (Violin)",
          "Jāzeps Vītols Latvian Academy of Music, Rīga — class of Prof. A. Ozoliņš")
    entry("1996 – 2005", "Emīls Dārziņš Music School, Rīga")

    head("COMPETITIONS & AWARDS")
    for y, t in [("2012", "2nd prize, International Violin Competition “Kocian” – Ústí nad Orlicí (youth category)"),
                 ("2010", "Laureate, Latvian National Violin Competition"),
                 ("2008", "Scholarship of the Latvian Culture Capital Foundation")]:
        entry(y, t)

    head("CHAMBER MUSIC")
    p.para("Second violin of the Daugava String Quartet (founded 2015): concerts in Latvia, Estonia, Finland "
           "and Sweden; recording of Pēteris Vasks string quartets nos. 2 & 4 (Skani, 2021); education "
           "concerts in rural schools with the State Culture Capital Foundation.", "Serif", 9.3,
           x=p.left + YEAR_W, lead=12.8)

    head("MASTERCLASSES")
    p.para("Christian Tetzlaff (Kronberg, 2012) · Baiba Skride (Rīga, 2015) · Gidon Kremer "
           "(Kremerata Baltica academy, 2017) · orchestral excerpts with Berliner Philharmoniker "
           "members (2019)", "Serif", 9.3, x=p.left + YEAR_W, lead=12.8)

    head("ORCHESTRAL EXCERPTS (AUDITION LIST)")
    for s in ["Mozart – Symphony No. 39, IV; Symphony No. 41, I",
              "Brahms – Symphony No. 4, I",
              "R. Strauss – Don Juan (opening), Ein Heldenleben",
              "Mendelssohn – A Midsummer Night's Dream, Scherzo",
              "Beethoven – Symphony No. 9, III (second violin)",
              "Smetana – The Bartered Bride, Overture"]:
        p.para(s, "Serif", 9.2, x=p.left + YEAR_W, bullet="·", lead=12.6)

    head("INSTRUMENT")
    p.para("Violin by Giuseppe Pedrazzini, Milan 1921, on loan from a private collector; bow by "
           "E. A. Ouchard.", "Serif", 9.3, x=p.left + YEAR_W, lead=12.8)
    head("LANGUAGES")
    p.para("Latvian (native), English (fluent), German (fluent), Russian (good)", "Serif", 9.3,
           x=p.left + YEAR_W, lead=12.8)
    pages = p.save()
    return pages, dict(
        name="Elīna Kalniņa", email="elina.kalnina@example.lv", phone="+371 2655 5914",
        experience=[
            job("Riga City Chamber Orchestra", "Sub-principal Second Violin", "2018", None),
            job("Kurzeme Symphony Orchestra", "Tutti First Violin", "2013", "2018"),
            job("Academy of the Hanseatic Philharmonic", "Academist", "2011", "2013"),
            job("Latvian National Opera and Ballet", "Extra Violinist (freelance)", "2009", "2011"),
            job("Pārdaugava Music School", "Violin Teacher (part-time)", "2019", None),
        ],
        skills=[])

R.append(("w9_30_violinist_pdf", build_30))

if __name__ == "__main__":
    assert len(R) == 7
    for base, fn in R:
        pages, truth = fn(base)
        PAGES[base] = pages
        write_truth(base, **truth)
    print("pdf done", PAGES)
