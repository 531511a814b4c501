import os
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import OUT, J, write_truth

def save(doc, stem, *truth):
    doc.save(os.path.join(OUT, stem + ".docx"))
    write_truth(stem, *truth)

def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def base(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8); s.top_margin = s.bottom_margin = Inches(0.7)
    return d

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

# ---------- 17 dietitian, Canada: Word heading styles ----------
d = base()
d.add_heading("Émilie Gagnon, RD", 0)
para(d, "Registered Dietitian (College of Dietitians of Ontario) · Ottawa, ON")
para(d, "613-555-0144  |  emilie.gagnon.rd@gmail.com  |  Bilingual (EN/FR)")
d.add_heading("Profile", 1)
para(d, "Clinical dietitian with 7 years in renal, long-term care and acute settings. Skilled in "
        "nutrition-focused physical exams, enteral/parenteral nutrition and group education.")
d.add_heading("Professional Experience", 1)
d.add_heading("Clinical Dietitian – Renal Program", 2)
para(d, "The Ottawa Hospital  |  Ottawa, ON  |  September 2019 – present", italic=True)
for b in ["Caseload of 140 hemodialysis and peritoneal dialysis patients across 2 campuses",
          "Lead monthly phosphate-binder and potassium education sessions",
          "Co-authored the renal diet handout refresh (plain-language, EN/FR)"]:
    para(d, b, style="List Bullet")
d.add_heading("Registered Dietitian (Long-Term Care)", 2)
para(d, "Maplecrest Senior Living Inc.  |  Kingston, ON  |  May 2017 – August 2019", italic=True)
for b in ["Quarterly nutrition reviews for 3 homes (380 residents)",
          "Implemented IDDSI texture-modified diet framework"]:
    para(d, b, style="List Bullet")
d.add_heading("Dietetic Intern", 2)
para(d, "McGill University Health Centre  |  Montréal, QC  |  2016–2017", italic=True)
d.add_heading("Skills", 1)
SK17 = ["Medical nutrition therapy", "Enteral & parenteral nutrition", "Nutrition-focused physical exam (NFPE)",
        "IDDSI implementation", "Group education", "Epic / Meditech charting"]
for s in SK17: para(d, s, style="List Bullet")
d.add_heading("Education", 1)
para(d, "B.Sc. Nutrition and Dietetics (Dietetics Major) – McGill University, 2016")
para(d, "Certified Diabetes Educator (CDE) – Diabetes Canada, 2021")
save(d, "17_dietitian_docx", "Émilie Gagnon", "emilie.gagnon.rd@gmail.com", "613-555-0144", SK17,
     [J("The Ottawa Hospital", "Clinical Dietitian – Renal Program", "September 2019"),
      J("Maplecrest Senior Living Inc.", "Registered Dietitian (Long-Term Care)", "May 2017", "August 2019"),
      J("McGill University Health Centre", "Dietetic Intern", "2016", "2017")])

# ---------- 18 hotel front office manager, Singapore: experience in a table ----------
d = base("Arial", 10)
_p = para(d, "Nurul Aisyah binte Rahman", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
_p.runs[0].font.all_caps = True
para(d, "Front Office Manager", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(d, "Blk 412 Tampines Street 41, #08-215, Singapore 520412  •  +65 8234 7710  •  nurul.aisyah.fom@gmail.com",
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "CAREER SUMMARY", bold=True, size=11)
para(d, "Hospitality professional with 9 years in 4- and 5-star city and resort hotels. Strong in rooms "
        "division operations, guest recovery and upselling; led pre-opening of a 410-key property.")
para(d, "WORKING EXPERIENCE", bold=True, size=11)
rows = [
    ("Mar 2021 – Present", "Front Office Manager", "Marina Crest Hotel Pte. Ltd., Singapore",
     ["Lead front desk, concierge, guest relations and club lounge (38 staff)",
      "Raised TripAdvisor ranking from #62 to #19; GSS 91.4%",
      "Upselling programme generating SGD 310k incremental room revenue in 2023"]),
    ("Jun 2018 – Feb 2021", "Assistant Front Office Manager", "Orchard Grand Hospitality Pte. Ltd., Singapore",
     ["Night audit oversight, rostering and SOP updates", "Handled VIP arrivals and group check-ins"]),
    ("2015 – 2018", "Guest Service Agent / Front Desk Agent", "Sentosa Bay Resorts Pte Ltd, Singapore", []),
]
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for period, title, comp, bullets in rows:
    cells = t.add_row().cells
    cells[0].width = Inches(1.5); cells[1].width = Inches(5.3)
    cells[0].paragraphs[0].add_run(period).bold = True
    p = cells[1].paragraphs[0]; p.add_run(title).bold = True
    cells[1].add_paragraph(comp).runs[0].italic = True
    for b in bullets: cells[1].add_paragraph("• " + b)
para(d, "")
para(d, "SKILLS", bold=True, size=11)
SK18 = ["Opera PMS (Oracle Hospitality)", "Revenue & upselling", "Guest recovery", "Rostering", "Night audit",
        "Pre-opening"]
para(d, ", ".join(SK18))
para(d, "EDUCATION", bold=True, size=11)
t2 = d.add_table(rows=2, cols=2)
t2.cell(0, 0).text = "2015"; t2.cell(0, 1).text = "Diploma in Hotel & Leisure Management, Temasek Polytechnic"
t2.cell(1, 0).text = "2019"; t2.cell(1, 1).text = "Specialist Diploma in Hospitality Management, SHATEC"
para(d, "Languages: English, Malay, basic Mandarin")
save(d, "18_hotel_front_office_docx", "Nurul Aisyah binte Rahman", "nurul.aisyah.fom@gmail.com", "+65 8234 7710", SK18,
     [J("Marina Crest Hotel Pte. Ltd.", "Front Office Manager", "Mar 2021"),
      J("Orchard Grand Hospitality Pte. Ltd.", "Assistant Front Office Manager", "Jun 2018", "Feb 2021"),
      J("Sentosa Bay Resorts Pte Ltd", "Guest Service Agent / Front Desk Agent", "2015", "2018")])

# ---------- 19 bank branch manager, India: right-aligned tab stops ----------
d = base("Cambria", 10.5)
RIGHT = Inches(6.9)
def tabline(doc, left, right, lbold=True, litalic=False, rbold=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left); r.bold = lbold; r.italic = litalic
    p.add_run("\t")
    r2 = p.add_run(right); r2.bold = rbold
    return p
para(d, "ROHAN DESHPANDE", bold=True, size=16, space_after=0)
tabline(d, "Branch Manager | Retail & SME Banking", "Pune, Maharashtra", lbold=False)
tabline(d, "rohan.deshpande82@rediffmail.com", "+91-98220-45671", lbold=False)
para(d, "")
para(d, "PROFESSIONAL SNAPSHOT", bold=True)
para(d, "Banker with 11+ years across retail liabilities, branch operations and SME lending. Consistently in the "
        "top decile of the circle for CASA growth; zero major audit observations in 3 consecutive RBI audits.")
para(d, "EXPERIENCE", bold=True)
tabline(d, "Branch Manager", "01/2021 – Present")
tabline(d, "HDFC Bank Ltd., Pune", "", lbold=False, litalic=True)
for b in ["P&L ownership of a branch with ₹ 740 Cr book; team of 18",
          "CASA growth of 31% YoY; cross-sell of insurance and MF ranked #2 in cluster",
          "Branch audit rating 'A' for three consecutive years"]:
    para(d, b, style="List Bullet")
tabline(d, "ICICI Bank Limited, Mumbai", "07/2014 – 12/2020")
tabline(d, "Deputy Branch Manager", "04/2018 – 12/2020", lbold=False, litalic=True)
para(d, "Branch operations, KYC/AML compliance, cash management and service quality.", style="List Bullet")
tabline(d, "Relationship Manager – Retail Liabilities", "07/2014 – 03/2018", lbold=False, litalic=True)
para(d, "Managed 450 HNI/affluent relationships; AUM growth ₹ 60 Cr.", style="List Bullet")
tabline(d, "Probationary Officer", "2012 – 2014")
tabline(d, "Bank of Baroda, Nashik", "", lbold=False, litalic=True)
para(d, "")
para(d, "CORE SKILLS", bold=True)
SK19 = ["Branch P&L management", "CASA mobilisation", "SME & MSME credit appraisal", "KYC/AML compliance",
        "Finacle", "Team leadership"]
for s in SK19: para(d, s, style="List Bullet")
para(d, "EDUCATION", bold=True)
tabline(d, "MBA (Finance), Symbiosis Institute of Business Management, Pune", "2012", lbold=False)
tabline(d, "B.Com., Savitribai Phule Pune University", "2010", lbold=False)
tabline(d, "JAIIB / CAIIB, Indian Institute of Banking & Finance", "2016", lbold=False)
save(d, "19_bank_branch_manager_docx", "Rohan Deshpande", "rohan.deshpande82@rediffmail.com", "+91-98220-45671", SK19,
     [J("HDFC Bank Ltd.", "Branch Manager", "01/2021"),
      J("ICICI Bank Limited", "Deputy Branch Manager", "04/2018", "12/2020"),
      J("ICICI Bank Limited", "Relationship Manager – Retail Liabilities", "07/2014", "03/2018"),
      J("Bank of Baroda", "Probationary Officer", "2012", "2014")])

# ---------- 20 HR business partner, Ireland: soft line breaks + bold/italic runs ----------
d = base("Georgia", 10)
p = d.add_paragraph(); r = p.add_run("Ciara Byrne"); r.bold = True; r.font.size = Pt(20)
p = d.add_paragraph(); p.add_run("HR Business Partner, Chartered MCIPD"); p.add_run().add_break()
p.add_run("Dún Laoghaire, Co. Dublin"); p.add_run().add_break()
p.add_run("M: +353 86 555 2210"); p.add_run().add_break(); p.add_run("E: ciara.byrne.hr@gmail.com")
p = d.add_paragraph(); r = p.add_run("Career History"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
jobs20 = [
    ("Senior HR Business Partner (EMEA)", "Brightwater Payments Europe Limited", ", Dublin 2", "Jan 2022 – Present",
     ["Partner to VP Engineering and VP Sales (650 employees across IE, UK, DE, NL)",
      "Led 2023 restructuring and collective consultation with zero WRC referrals",
      "Designed career-framework rollout and calibration cycle"]),
    ("HR Business Partner", "Glanmore Foods Ltd", ", Cork", "Feb 2018 – Dec 2021",
     ["Supported 3 manufacturing sites (1,100 staff); employee relations and SIPTU engagement",
      "Reduced absenteeism from 6.2% to 3.9%"]),
    ("HR Generalist", "Corrib Insurance DAC", ", Galway", "Sept 2015 – Jan 2018", []),
]
for title, comp, loc, dates, bullets in jobs20:
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(2)
    r = p.add_run(title); r.bold = True
    p.add_run().add_break()
    r = p.add_run(comp); r.italic = True
    p.add_run(loc)
    p.add_run().add_break()
    r = p.add_run(dates); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for b in bullets:
        para(d, b, style="List Bullet")
p = d.add_paragraph(); r = p.add_run("Core Skills"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
SK20 = ["Employee relations", "Organisational design", "Change management", "Irish employment law", "Workday",
        "Coaching & facilitation"]
para(d, " | ".join(SK20))
p = d.add_paragraph(); r = p.add_run("Education & Qualifications"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = d.add_paragraph(); r = p.add_run("MSc Human Resource Management"); r.bold = True; p.add_run(" — University College Dublin (2015)")
p.add_run().add_break(); r = p.add_run("BA Psychology & Sociology"); r.bold = True; p.add_run(" — Maynooth University (2013)")
p.add_run().add_break(); p.add_run("CIPD Level 7 Advanced Diploma; Chartered Member (MCIPD)")
save(d, "20_hr_business_partner_docx", "Ciara Byrne", "ciara.byrne.hr@gmail.com", "+353 86 555 2210", SK20,
     [J("Brightwater Payments Europe Limited", "Senior HR Business Partner (EMEA)", "Jan 2022"),
      J("Glanmore Foods Ltd", "HR Business Partner", "Feb 2018", "Dec 2021"),
      J("Corrib Insurance DAC", "HR Generalist", "Sept 2015", "Jan 2018")])

# ---------- 21 occupational therapist, UK: contact only in page header ----------
d = base("Calibri", 10.5)
hdr = d.sections[0].header
hp = hdr.paragraphs[0]; r = hp.add_run("Harriet Osei"); r.bold = True; r.font.size = Pt(16)
hp2 = hdr.add_paragraph("HCPC-registered Occupational Therapist (OT71423)")
hp3 = hdr.add_paragraph("harriet.osei.ot@gmail.com  ·  07911 556 203  ·  Headingley, Leeds LS6")
hp3.runs[0].font.size = Pt(9)
para(d, "Personal Statement", bold=True, size=12)
para(d, "Band 6 occupational therapist with a neuro-rehabilitation focus. I enjoy helping people return to the "
        "roles that matter to them, and I thrive in community MDTs. Car driver with own transport.")
para(d, "Employment", bold=True, size=12)
entries21 = [
    ("Band 6 Occupational Therapist – Community Neuro Rehabilitation", "Leeds Community Healthcare NHS Trust",
     "April 2020 – present",
     ["Caseload of 25 adults with stroke, MS, Parkinson's and acquired brain injury",
      "Vocational rehabilitation and return-to-driving assessments",
      "Supervise one Band 5 OT and two OT students each year"]),
    ("Band 5 Rotational Occupational Therapist", "Bradford Teaching Hospitals NHS Foundation Trust",
     "September 2017 – March 2020",
     ["Rotations: acute stroke, orthopaedics, older people's medicine, hand therapy",
      "Discharge planning and home visits; provision of equipment and minor adaptations"]),
    ("Rehabilitation Assistant (Bank)", "Bupa Care Homes Ltd", "2015 – 2017", []),
]
for title, emp, dates, bullets in entries21:
    para(d, title, bold=True, space_after=0)
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.add_run(emp).italic = True
    para(d, dates, space_after=2)
    for b in bullets: para(d, b, style="List Bullet")
para(d, "Clinical Skills", bold=True, size=12)
SK21 = ["AMPS (calibrated)", "Functional cognitive assessment", "Splinting", "Moving & handling", "Goal setting (COPM)",
        "SystmOne"]
for s in SK21: para(d, s, style="List Bullet 2")
para(d, "Education", bold=True, size=12)
para(d, "BSc (Hons) Occupational Therapy, First Class — Leeds Beckett University, 2017")
para(d, "A Levels: Biology (A), Psychology (A), English Literature (B) — Notre Dame Sixth Form College, 2014")
para(d, "References available on request.", italic=True)
save(d, "21_occupational_therapist_docx", "Harriet Osei", "harriet.osei.ot@gmail.com", "07911 556 203", SK21,
     [J("Leeds Community Healthcare NHS Trust", "Band 6 Occupational Therapist – Community Neuro Rehabilitation", "April 2020"),
      J("Bradford Teaching Hospitals NHS Foundation Trust", "Band 5 Rotational Occupational Therapist", "September 2017", "March 2020"),
      J("Bupa Care Homes Ltd", "Rehabilitation Assistant (Bank)", "2015", "2017")])

# ---------- 22 architect, Brazil: two-column table layout ----------
d = base("Arial", 9.5)
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
L, Rt = t.rows[0].cells
L.width = Inches(2.3); Rt.width = Inches(4.6)
shade(L, "E7E6E6")
L.paragraphs[0].add_run("Rafael Monteiro Albuquerque").bold = True
L.paragraphs[0].runs[0].font.size = Pt(15)
para(L, "Architect & Urbanist – CAU A123456-7", italic=True)
para(L, "")
para(L, "CONTACT", bold=True)
para(L, "+55 11 98765-4321")
para(L, "rafael.albuquerque.arq@gmail.com")
para(L, "São Paulo – SP, Brazil")
para(L, "behance.net/rmalbuquerque")
para(L, "")
para(L, "SKILLS", bold=True)
SK22 = ["Revit", "AutoCAD", "SketchUp", "Rhino + Grasshopper", "Enscape", "BIM coordination", "LEED / AQUA-HQE"]
for s in SK22: para(L, s)
para(L, "")
para(L, "LANGUAGES", bold=True)
para(L, "Portuguese – native"); para(L, "English – fluent"); para(L, "Spanish – intermediate")
para(L, "")
para(L, "EDUCATION", bold=True)
para(L, "Bachelor of Architecture and Urbanism", bold=True)
para(L, "FAU-USP, 2014")
para(L, "Exchange semester – Politecnico di Milano, 2012")
Rt.paragraphs[0].add_run("PROFILE").bold = True
para(Rt, "Architect with 10 years in residential towers, mixed-use and social housing. Led projects from "
         "feasibility to construction documents and site support, with strong BIM coordination.")
para(Rt, "")
para(Rt, "PROFESSIONAL EXPERIENCE", bold=True)
exp22 = [
    ("Senior Architect", "Studio Vão Arquitetura Ltda.", "São Paulo", "03/2020 – present",
     ["Project lead for 4 residential towers (total 92,000 m²)", "Coordinates structural, MEP and façade consultants in Revit/BIM 360",
      "Mentors 5 junior architects and interns"]),
    ("Architect", "Construtora Horizonte S.A.", "Campinas", "02/2016 – 02/2020",
     ["Design development for MCMV social-housing developments", "Site visits and technical compatibility"]),
    ("Architecture Intern", "Ateliê Paulo Reis Arquitetos Associados", "São Paulo", "2013 – 2015", []),
]
for title, comp, city, dates, bullets in exp22:
    p = Rt.add_paragraph(); r = p.add_run(title); r.bold = True
    p.add_run("  ·  " + dates)
    p = Rt.add_paragraph(); r = p.add_run(comp); r.italic = True; p.add_run(" — " + city)
    for b in bullets: para(Rt, "– " + b)
save(d, "22_architect_docx", "Rafael Monteiro Albuquerque", "rafael.albuquerque.arq@gmail.com", "+55 11 98765-4321", SK22,
     [J("Studio Vão Arquitetura Ltda.", "Senior Architect", "03/2020"),
      J("Construtora Horizonte S.A.", "Architect", "02/2016", "02/2020"),
      J("Ateliê Paulo Reis Arquitetos Associados", "Architecture Intern", "2013", "2015")])

# ---------- 23 warehouse supervisor, Australia: company first, roles under employer ----------
d = base("Calibri", 11)
para(d, "Daniel Kowalczyk", bold=True, size=18, space_after=0)
para(d, "Warehouse Supervisor  |  Truganina VIC 3029  |  0438 771 209  |  dan.kowalczyk@outlook.com.au")
para(d, "ABOUT ME", bold=True, color="C00000")
para(d, "Hands-on warehouse supervisor with 10 years in 3PL and grocery DCs. LF licence holder. "
        "Happy on nights, strong on safety and KPIs.")
para(d, "EMPLOYMENT HISTORY", bold=True, color="C00000")
p = d.add_paragraph(); r = p.add_run("Linfox Australia Pty Ltd"); r.bold = True; p.add_run(" — Truganina VIC")
p.paragraph_format.space_after = Pt(0)
p = d.add_paragraph(); p.add_run("Warehouse Supervisor (Night Shift)").italic = True; p.add_run("   |   Nov 2019 – Current")
for b in ["Run a night shift of 45 staff (pickers, LO drivers, labour hire) in a 40,000 m² ambient DC",
          "DIFOT 99.2%; pick rate up 14% after slotting review",
          "Lead LTIFR reduction – 0 LTIs in FY23"]:
    para(d, b, style="List Bullet")
p = d.add_paragraph(); r = p.add_run("Coles Supermarkets Australia Pty Ltd"); r.bold = True; p.add_run(" — Somerton VIC")
p.paragraph_format.space_after = Pt(0)
p = d.add_paragraph(); p.add_run("Team Leader – Inbound").italic = True; p.add_run("   |   2017 – 2019")
para(d, "Receiving, put-away and returns; 12 direct reports.", style="List Bullet")
p = d.add_paragraph(); p.add_run("Storeperson / Forklift Operator").italic = True; p.add_run("   |   2014 – 2017")
p = d.add_paragraph(); r = p.add_run("Toll Group"); r.bold = True; p.add_run(" — Altona VIC")
p.paragraph_format.space_after = Pt(0)
p = d.add_paragraph(); p.add_run("Casual Picker (labour hire)").italic = True; p.add_run("   |   2013")
para(d, "SKILLS & TICKETS", bold=True, color="C00000")
SK23 = ["SAP EWM", "Manhattan WMS", "RF scanning", "Stocktake & cycle counts", "OH&S / WHS", "Rostering (Kronos)"]
para(d, "Skills: " + "; ".join(SK23))
para(d, "Tickets: HRWL LF (forklift), LO (order picker), First Aid HLTAID011, White Card")
para(d, "EDUCATION", bold=True, color="C00000")
para(d, "Certificate IV in Warehousing Operations (TLI40319) – Chisholm Institute, 2020")
para(d, "VCE – Hoppers Crossing Secondary College, 2012")
save(d, "23_warehouse_supervisor_docx", "Daniel Kowalczyk", "dan.kowalczyk@outlook.com.au", "0438 771 209", SK23,
     [J("Linfox Australia Pty Ltd", "Warehouse Supervisor (Night Shift)", "Nov 2019"),
      J("Coles Supermarkets Australia Pty Ltd", "Team Leader – Inbound", "2017", "2019"),
      J("Coles Supermarkets Australia Pty Ltd", "Storeperson / Forklift Operator", "2014", "2017"),
      J("Toll Group", "Casual Picker (labour hire)", "2013")])
print("docx done")
