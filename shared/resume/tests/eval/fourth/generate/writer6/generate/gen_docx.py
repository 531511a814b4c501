"""DOCX resumes w6_17 .. w6_23."""
import os
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import OUT, job, truth, write_truth
from docx_helpers import *

R = []


def save(doc, base, tr):
    doc.save(os.path.join(OUT, base + ".docx"))
    write_truth(base, tr)


# ---------------------------------------------------------------- 17 dentist, Pakistan
def r17():
    d = new_doc("Times New Roman", 11, 2.2)
    para(d, [("CURRICULUM VITAE", {"b": True, "size": 10, "color": "555555"})], align="center", after=4)
    para(d, [("Dr. Ayesha Siddiqui", {"b": True, "size": 20})], align="center", after=0)
    para(d, [("BDS, RDS  |  PMDC Reg. No. 55501-D", {"i": True})], align="center", after=10)

    def heading(t):
        p = para(d, [(t, {"b": True, "size": 11.5})], before=10, after=4)
        shade_para(p, "D9E2F3")
    heading("PERSONAL INFORMATION")
    info = [("Father's Name", "Muhammad Tariq Siddiqui"), ("Date of Birth", "09 November 1993"),
            ("Domicile", "Lahore, Punjab"), ("Marital Status", "Single"),
            ("Address", "House 14, Street 3, Block J, Johar Town, Lahore"),
            ("Contact No.", "+92 300 5550142"), ("Email", "ayesha.siddiqui.bds@example.com")]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, info):
        cell_text(row.cells[0], [(k, {"b": True})])
        cell_text(row.cells[1], v)
    col_widths(t, [4.5, 12])

    heading("CAREER OBJECTIVE")
    para(d, "To serve as a dedicated general dentist in a patient-centred practice, and to pursue "
            "FCPS training in Operative Dentistry while continuing clinical teaching.")

    heading("PROFESSIONAL EXPERIENCE")
    exp = [("General Dental Practitioner", "SmileCare Dental Clinic, DHA Phase 5, Lahore", "01-06-2021", "Till date"),
           ("Demonstrator, Department of Operative Dentistry", "Lahore Institute of Dental Sciences, Lahore", "01-03-2018", "31-05-2021"),
           ("House Officer", "Lahore Institute of Dental Sciences, Lahore", "01-03-2017", "28-02-2018")]
    t = d.add_table(rows=1 + len(exp), cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Designation", "Institution", "From", "To"]):
        cell_text(c, [(h, {"b": True})])
        shade_cell(c, "F2F2F2")
    for row, e in zip(t.rows[1:], exp):
        for c, v in zip(row.cells, e):
            cell_text(c, v)
    col_widths(t, [5.6, 6.4, 2.3, 2.3])
    para(d, [("Duties: ", {"b": True}),
             "managing a general practice list of ~25 patients/day; supervising BDS 3rd & 4th year students "
             "in pre-clinical and clinical operative dentistry; conducting OSCE and ward tests; "
             "rotations in Oral Surgery, Prosthodontics, Orthodontics and Periodontology during house job."],
         before=4)

    heading("CLINICAL SKILLS")
    for s in ["Root canal treatment (rotary & hand files)", "Composite & ceramic restorations",
              "Simple & surgical extractions", "Crown & bridge preparation",
              "Scaling & root planing", "Infection control (CDC guidelines)",
              "Digital radiography (RVG) interpretation"]:
        para(d, s, style="List Bullet")

    heading("ACADEMIC QUALIFICATIONS")
    acad = [("Degree", "Institution / Board", "Year", "Marks"),
            ("BDS", "University of Health Sciences, Lahore", "2016", "3214/4300"),
            ("F.Sc. (Pre-Medical)", "BISE Lahore", "2011", "1002/1100"),
            ("Matriculation", "BISE Lahore", "2009", "978/1050")]
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for row, a in zip(t.rows, acad):
        for c, v in zip(row.cells, a):
            cell_text(c, [(v, {"b": row is t.rows[0]})])

    heading("WORKSHOPS / CONFERENCES")
    for s in ["Hands-on Workshop on Rotary Endodontics, Pakistan Dental Association, 2019",
              "Basic Life Support (BLS), 2022",
              "Poster: \"Prevalence of dental caries in school children of Lahore\", UHS Research Day 2016"]:
        para(d, s, style="List Bullet")
    heading("REFERENCES")
    para(d, "Will be furnished on request.")
    save(d, "w6_17_dentist_docx", truth(
        "Ayesha Siddiqui", "ayesha.siddiqui.bds@example.com", "+92 300 5550142",
        [job("SmileCare Dental Clinic", "General Dental Practitioner", "01-06-2021"),
         job("Lahore Institute of Dental Sciences", "Demonstrator, Department of Operative Dentistry", "01-03-2018", "31-05-2021"),
         job("Lahore Institute of Dental Sciences", "House Officer", "01-03-2017", "28-02-2018")],
        ["Root canal treatment (rotary & hand files)", "Composite & ceramic restorations",
         "Simple & surgical extractions", "Crown & bridge preparation", "Scaling & root planing",
         "Infection control (CDC guidelines)", "Digital radiography (RVG) interpretation"]))


# ---------------------------------------------------------------- 18 air traffic controller, US
def r18():
    d = new_doc("Cambria", 10.5, 1.9, a4=False)
    sec = d.sections[0]
    sec.header_distance = Cm(1.0)
    h = sec.header
    hp = h.paragraphs[0]
    runs(hp, [("JASON T. MERCER", {"b": True, "size": 18, "color": "1F3864"})])
    hp2 = h.add_paragraph()
    runs(hp2, ["Oklahoma City, OK  ·  (405) 555-0129  ·  jason.mercer@example.net  ·  FAA CTO certificate"])
    bottom_border(hp2, "1F3864", 12)
    f = sec.footer.paragraphs[0]
    runs(f, [("References available upon request", {"i": True, "size": 8.5, "color": "777777"})])
    W = 17.8  # right tab position (cm) for letter with 1.9 cm margins

    def heading(t):
        p = para(d, [(t, {"b": True, "size": 11, "color": "1F3864", "allcaps": True})], before=10, after=3)
        bottom_border(p, "A6A6A6", 4)

    heading("Summary")
    para(d, "FAA Certified Professional Controller with 15 years of combined Air Force and civilian "
            "experience in tower and radar (TRACON) environments. Fully certified on all positions at a "
            "Level 8 up/down facility; OJTI and CIC qualified. Clean operational error record since 2016.")

    heading("Professional Experience")

    def employer(name, where):
        p = para(d, [(name, {"b": True}), f" — {where}"], before=6, after=0)
        return p

    def role(title, dates, bullets):
        p = para(d, [(title, {"i": True, "b": True}), "\t", dates], after=1)
        right_tab(p, W)
        for b in bullets:
            para(d, b, style="List Bullet", after=0)

    employer("Federal Aviation Administration", "Will Rogers ATCT/TRACON (OKC), Oklahoma City, OK")
    role("Air Traffic Control Specialist (CPC)", "03/2019 – Present",
         ["Work all tower and radar positions; average 550+ operations per shift including military heavy traffic from Tinker AFB.",
          "On-the-Job Training Instructor (OJTI): certified 6 developmentals since 2021.",
          "Controller-in-Charge (CIC) on mids; coordinate with Fort Worth Center (ZFW) on flow programs."])
    role("Developmental Air Traffic Controller", "09/2017 – 03/2019",
         ["Completed FAA Academy (Oklahoma City) and facility training; certified tower in 8 months, radar in 14."])
    employer("Skyline Tower Services, Inc.", "Stillwater Regional Airport (SWO), Stillwater, OK")
    role("Air Traffic Controller (FCT)", "06/2015 – 08/2017",
         ["Federal Contract Tower with heavy flight-school traffic (OSU); local, ground and flight data.",
          "Trained two new-hire controllers; helped write the SOP rewrite in 2016."])
    employer("United States Air Force", "Tinker AFB, OK; Kunsan AB, Republic of Korea")
    role("Air Traffic Control Craftsman (1C171), Staff Sergeant", "01/2009 – 05/2015",
         ["RAPCON and tower controller; watch supervisor for a 14-controller crew.",
          "Air Force Commendation Medal (2014); Airman of the Quarter, 2011."])

    heading("Skills")
    skills = ["STARS", "ERAM", "ASDE-X", "IDS-5", "FDIO", "Tower & TRACON ops",
              "OJTI / CIC", "Emergency handling", "Military & civil coordination"]
    t = d.add_table(rows=3, cols=3)
    for i, s in enumerate(skills):
        cell_text(t.rows[i // 3].cells[i % 3], "▪ " + s)

    heading("Education & Certification")
    p = para(d, [("Community College of the Air Force", {"b": True}), " — A.A.S., Air Traffic Operations\t2013"])
    right_tab(p, W)
    p = para(d, [("University of Oklahoma", {"b": True}), " — B.S., Aviation Management (online, in progress)\t2025"])
    right_tab(p, W)
    para(d, "FAA Control Tower Operator (CTO) certificate · FAA Class II medical · Secret clearance (inactive)")
    save(d, "w6_18_air_traffic_controller_docx", truth(
        "Jason T. Mercer", "jason.mercer@example.net", "(405) 555-0129",
        [job("Federal Aviation Administration", "Air Traffic Control Specialist (CPC)", "03/2019"),
         job("Federal Aviation Administration", "Developmental Air Traffic Controller", "09/2017", "03/2019"),
         job("Skyline Tower Services, Inc.", "Air Traffic Controller (FCT)", "06/2015", "08/2017"),
         job("United States Air Force", "Air Traffic Control Craftsman (1C171), Staff Sergeant", "01/2009", "05/2015")],
        skills))


# ---------------------------------------------------------------- 19 barista, Australia
def r19():
    d = new_doc("Arial", 10.5, 2.5)
    para(d, [("Jasmine Nguyen", {"b": True, "size": 16})], after=0)
    para(d, "0491 570 110 | jas.nguyen@example.com | Footscray VIC 3011", after=10)
    para(d, [("Career objective", {"b": True, "size": 12})], after=2)
    para(d, "Experienced barista and café supervisor looking for a head barista or café manager role in "
            "Melbourne's inner west. I love specialty coffee, training new staff and keeping a busy "
            "weekend service running smoothly.", after=10)
    para(d, [("Work experience", {"b": True, "size": 12})], after=2)

    def jobp(title, company, dates, bullets):
        para(d, [(title, {"b": True}), f" – {company}"], after=0)
        para(d, [(dates, {"i": True})], after=2)
        for b in bullets:
            para(d, "• " + b, after=0, indent_cm=0.4)
        para(d, "", after=2)

    jobp("Café Supervisor / Head Barista", "Little Bean Espresso Bar, Footscray", "July 2021 – present",
         ["Run the floor and the machine on weekends (up to 700 coffees on a Saturday)",
          "Train new baristas and do rosters for a team of 9 in Deputy",
          "Dial in espresso every morning, order milk and beans, cash up the till",
          "Helped the owner set up our batch brew and retail bean shelf"])
    jobp("Barista", "Grind & Co, Melbourne CBD", "Feb 2019 – Jun 2021",
         ["Morning rush for office crowd, 2-group La Marzocco Linea",
          "Worked through lockdowns doing takeaway only and Uber Eats orders"])
    jobp("Checkout Operator (casual)", "FreshMart Supermarkets, Sunshine", "2016 – 2018",
         ["After school and weekends while finishing VCE", "Cash handling and customer service"])

    para(d, [("Skills", {"b": True, "size": 12})], after=2)
    skills = ["Latte art (rosetta, tulip, swan)", "Dialling in espresso & grinder calibration",
              "La Marzocco & Slayer machines", "Square & Lightspeed POS", "Rostering (Deputy)",
              "Stock ordering & supplier liaison", "Cash handling"]
    for s in skills:
        para(d, "• " + s, after=0, indent_cm=0.4)
    para(d, "", after=2)
    para(d, [("Certificates", {"b": True, "size": 12})], after=2)
    para(d, "RSA (Victoria)  •  Food Handling Level 1  •  First Aid HLTAID011 (2023)", after=10)
    para(d, [("Education", {"b": True, "size": 12})], after=2)
    para(d, "Diploma of Hospitality Management – William Angliss Institute (part-time, currently studying)", after=0)
    para(d, "VCE – completed 2018", after=10)
    para(d, [("References", {"b": True, "size": 12})], after=2)
    para(d, "Available on request")
    save(d, "w6_19_barista_docx", truth(
        "Jasmine Nguyen", "jas.nguyen@example.com", "0491 570 110",
        [job("Little Bean Espresso Bar", "Café Supervisor / Head Barista", "July 2021"),
         job("Grind & Co", "Barista", "Feb 2019", "Jun 2021"),
         job("FreshMart Supermarkets", "Checkout Operator (casual)", "2016", "2018")],
        skills))


# ---------------------------------------------------------------- 20 postdoc, Switzerland
def r20():
    d = new_doc("Garamond", 11, 2.0)
    para(d, [("Luísa Carvalho Mendes", {"b": True, "size": 20})], after=0)
    para(d, [("Postdoctoral Researcher in Materials Science — oxide thin films & magnetoelectrics", {"i": True})], after=2)
    para(d, "Department of Materials, ETH Zürich, Vladimir-Prelog-Weg 5, 8093 Zürich, Switzerland", after=0)
    p = para(d, "+41 44 555 01 27  ·  luisa.mendes@example.ch  ·  ORCID 0000-0002-5550-0127", after=6)
    bottom_border(p, "000000", 6)

    def heading(t):
        para(d, [(t, {"b": True, "size": 12.5, "caps": True})], before=10, after=3)

    def dated_table(rows):
        t = d.add_table(rows=len(rows), cols=2)
        for row, (dates, content) in zip(t.rows, rows):
            cell_text(row.cells[0], dates)
            first = True
            for item in content:
                if isinstance(item, tuple) and item[0] == "bullet":
                    para(row.cells[1], item[1], style="List Bullet", after=0)
                else:
                    cell_text(row.cells[1], item if isinstance(item, list) else [item], first=first)
                first = False
        col_widths(t, [3.2, 13.8])
        return t

    heading("Academic Positions")
    dated_table([
        ("since 01/2021", [[("Postdoctoral Researcher", {"b": True})],
                           "ETH Zürich, Laboratory for Multifunctional Ferroic Materials",
                           ("bullet", "PLD growth of BiFeO3/CoFe2O4 heterostructures for magnetoelectric memory."),
                           ("bullet", "Co-supervision of 2 PhD and 5 MSc students; lab safety officer."),
                           ("bullet", "Beamtime PI at the Swiss Light Source (X-ray magnetic circular dichroism).")]),
        ("03/2017 – 12/2020", [[("Doctoral Researcher (PhD candidate)", {"b": True})],
                               "Karlsruhe Institute of Technology (KIT), Institute for Applied Materials",
                               ("bullet", "Thesis: Strain engineering of ferroelectric domain walls in epitaxial films (magna cum laude)."),
                               ("bullet", "Teaching assistant for Materials Physics I (2018–2020).")]),
        ("09/2019 – 11/2019", [[("Visiting Researcher", {"b": True})],
                               "Tohoku University, Institute for Materials Research, Sendai, Japan",
                               ("bullet", "JSPS summer programme; SQUID and neutron reflectometry measurements.")]),
        ("2015 – 2016", [[("Teaching Assistant", {"b": True})],
                         "Universidade de São Paulo, Institute of Physics, Brazil"]),
    ])

    heading("Education")
    dated_table([
        ("2017 – 2020", [[("Dr.-Ing., Materials Science", {"b": True}), " — Karlsruhe Institute of Technology"]]),
        ("2014 – 2016", [[("M.Sc. Physics", {"b": True}), " — Universidade de São Paulo (CAPES scholarship)"]]),
        ("2010 – 2014", [[("B.Sc. Physics", {"b": True}), " — Universidade Estadual de Campinas"]]),
    ])

    heading("Selected Publications")
    para(d, "11 peer-reviewed articles (6 first-author), h-index 8. Full list on Google Scholar.", after=3)
    pubs = [
        "L. C. Mendes, H. Keller, et al., \"Electric-field control of exchange bias in BiFeO3/CoFe2O4 bilayers\", Adv. Funct. Mater. 34, 2300555 (2024).",
        "L. C. Mendes, A. Weber, \"Domain-wall conduction in strained BiFeO3 films\", Phys. Rev. Materials 5, 055401 (2021).",
        "L. C. Mendes, T. Sato, M. Lindqvist, \"Interface magnetism probed by polarised neutron reflectometry\", J. Appl. Phys. 128, 155301 (2020).",
        "R. Okafor, L. C. Mendes, et al., \"Flexoelectric switching in oxide membranes\", Nano Lett. 23, 5550 (2023).",
    ]
    for pub in pubs:
        para(d, pub, style="List Number", after=1)

    heading("Invited Talks & Conferences")
    for c in ["MRS Spring Meeting, Seattle — oral presentation (2024)",
              "DPG Spring Meeting, Regensburg — invited talk, magnetoelectric coupling (2022)",
              "International Workshop on Oxide Electronics — poster, best poster award (2019)"]:
        para(d, c, style="List Bullet", after=0)

    heading("Grants & Awards")
    for c in ["SNSF Ambizione grant application (submitted 2024)",
              "ETH Zürich Postdoctoral Fellowship (2021 – 2023), CHF 180,000",
              "KIT Doctoral Prize for outstanding thesis (2021)"]:
        para(d, c, style="List Bullet", after=0)

    heading("Teaching & Supervision")
    para(d, "Lecturer (co-taught) Thin Film Growth & Characterisation, MSc Materials, ETH Zürich, HS 2022 – HS 2024. "
            "Supervised 5 MSc theses and 3 semester projects.")

    heading("Skills")
    skills = ["Pulsed laser deposition (PLD)", "RF magnetron sputtering", "XRD, XRR and reciprocal space mapping",
              "SQUID magnetometry", "AFM / PFM", "FIB lamella preparation for TEM",
              "Python (NumPy, SciPy, lmfit)", "COMSOL Multiphysics", "LaTeX"]
    for s in skills:
        para(d, s, style="List Bullet 2", after=0)

    heading("Languages")
    para(d, "Portuguese (native) · English (fluent) · German (C1) · Spanish (B2)")

    heading("References")
    para(d, "Prof. Dr. H. Keller, ETH Zürich · Prof. Dr. A. Weber, KIT · Prof. T. Sato, Tohoku University — contact details on request.")
    save(d, "w6_20_postdoc_researcher_docx", truth(
        "Luísa Carvalho Mendes", "luisa.mendes@example.ch", "+41 44 555 01 27",
        [job("ETH Zürich", "Postdoctoral Researcher", "01/2021"),
         job("Karlsruhe Institute of Technology (KIT)", "Doctoral Researcher (PhD candidate)", "03/2017", "12/2020"),
         job("Tohoku University", "Visiting Researcher", "09/2019", "11/2019"),
         job("Universidade de São Paulo", "Teaching Assistant", "2015", "2016")],
        skills))


# ---------------------------------------------------------------- 21 petroleum engineer, Malaysia
def r21():
    d = new_doc("Calibri", 10.5, 1.8)
    add_textbox(d, [("MUHAMMAD HAFIZ BIN ISMAIL", 18, True, "FFFFFF"),
                    ("Senior Production Engineer  |  Offshore Oil & Gas", 11, False, "DDE6F0"),
                    ("Miri, Sarawak, Malaysia   •   +60 12-555 0184   •   hafiz.ismail@example.com.my", 10, False, "FFFFFF")],
                width_pt=496, height_pt=72)
    para(d, "", after=4)
    W = 17.4

    def h(t):
        d.add_heading(t, level=1)

    h("Professional Summary")
    para(d, "Production engineer with 12 years in offshore Sarawak and Sabah fields covering well surveillance, "
            "gas lift optimisation and well integrity. Chartered Engineer (IChemE) and BEM registered. "
            "Delivered over 4,000 bopd of incremental oil through low-cost well interventions.")
    h("Career History")

    def emp(name):
        para(d, [(name, {"b": True, "size": 11.5})], before=6, after=0)

    def role(title, dates, bullets):
        p = para(d, [(title, {"i": True}), "\t", (dates, {"b": True})], after=1)
        right_tab(p, W)
        for b in bullets:
            para(d, b, style="List Bullet", after=0)

    emp("Borneo Offshore Energy Sdn. Bhd. (Miri, Sarawak)")
    role("Senior Production Engineer", "Jan 2019 – Present",
         ["Production engineering lead for 3 offshore platforms and 46 strings (gas-lifted oil wells).",
          "Gas lift redesign programme with PROSPER/GAP: +1,850 bopd in 2022.",
          "Well integrity: annulus pressure management, SCSSV testing campaigns, WIMS data owner.",
          "Coach 3 graduate engineers; chair the weekly Well Review & Opportunity meeting."])
    emp("Kinabalu Petroleum Services Sdn. Bhd. (Kuala Lumpur)")
    role("Production Engineer", "Jul 2014 – Dec 2018",
         ["Sand management and chemical treatment for a mature Sabah field (water cut 70%).",
          "Planned 25 rigless interventions (slickline, e-line, CT): additional 2,300 bopd."])
    role("Graduate Engineer (Wells)", "Jul 2012 – Jun 2014",
         ["Structured graduate programme: 6 months offshore on drilling rig, 18 months in well services."])
    emp("Sepang Drilling Contractors Sdn. Bhd.")
    role("Industrial Trainee", "May 2011 – Aug 2011",
         ["12-week industrial training; mud logging and rig-site reporting."])

    h("Technical Skills")
    skills = ["Nodal analysis (PROSPER, GAP)", "Gas lift optimisation", "Well integrity management",
              "Production surveillance (OFM, PI Vision)", "Sand management", "Rigless well intervention",
              "Petrel (basic)", "Python for production data"]
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, s in enumerate(skills):
        cell_text(t.rows[i // 2].cells[i % 2], s)

    h("Education")
    p = para(d, [("Universiti Teknologi PETRONAS", {"b": True}), " — B.Eng. (Hons) Petroleum Engineering, First Class\t2012"])
    right_tab(p, W)
    h("Certifications")
    for c in ["Chartered Engineer, IChemE (2020); Professional Engineer, Board of Engineers Malaysia",
              "IWCF Well Intervention Pressure Control Level 3", "BOSIET / HUET with CA-EBS (valid to 2026)"]:
        para(d, c, style="List Bullet", after=0)
    h("Personal Details")
    para(d, "Nationality: Malaysian  ·  Languages: Bahasa Malaysia, English, basic Mandarin  ·  Notice: 1 month")
    save(d, "w6_21_petroleum_engineer_docx", truth(
        "Muhammad Hafiz bin Ismail", "hafiz.ismail@example.com.my", "+60 12-555 0184",
        [job("Borneo Offshore Energy Sdn. Bhd.", "Senior Production Engineer", "Jan 2019"),
         job("Kinabalu Petroleum Services Sdn. Bhd.", "Production Engineer", "Jul 2014", "Dec 2018"),
         job("Kinabalu Petroleum Services Sdn. Bhd.", "Graduate Engineer (Wells)", "Jul 2012", "Jun 2014"),
         job("Sepang Drilling Contractors Sdn. Bhd.", "Industrial Trainee", "May 2011", "Aug 2011")],
        skills))


# ---------------------------------------------------------------- 22 funeral director, UK (Wales)
def r22():
    d = new_doc("Georgia", 10.5, 2.2)
    nid = add_multilevel(d, glyphs=("■", "–", "•"), indents=(360, 900, 1440))
    para(d, [("GARETH LLEWELLYN", {"b": True, "size": 18})], align="center", after=0)
    para(d, "Funeral Director  ·  Dip. FD (NAFD)  ·  Welsh speaker", align="center", after=0)
    p = para(d, "Sketty, Swansea SA2  ·  07700 900318  ·  gareth.llewellyn@example.co.uk", align="center", after=8)
    bottom_border(p, "7F7F7F", 6)

    def h(t):
        para(d, [(t, {"b": True, "size": 12, "color": "3A3A3A"})], before=8, after=3)

    h("Profile")
    para(d, "Compassionate, calm funeral director with fourteen years in the profession, from bearer and driver "
            "to conducting over 250 funerals a year. Trusted by families across Swansea and Neath, "
            "comfortable leading services in Welsh or English, and experienced in repatriations, "
            "direct cremations and green burials.")
    h("Career")
    list_para(d, [("Hartwell Funeral Services Ltd, Swansea", {"b": True}), " — 2016 – now"], nid, 0)
    list_para(d, [("Funeral Director", {"b": True}), " (2019 – now)"], nid, 1)
    for b in ["Arrange and conduct funerals for all faiths and none; ~260 funerals a year across two branches",
              "Liaise with crematoria, clergy, celebrants, coroners and hospital bereavement teams",
              "Supervise a team of 6 arrangers and operatives; duty-on-call rota"]:
        list_para(d, b, nid, 2, after=0)
    list_para(d, [("Funeral Arranger", {"b": True}), " (2016 – 2019)"], nid, 1)
    for b in ["First contact with bereaved families, arrangement meetings, estimates and paperwork",
              "Prepaid funeral plan sales (FCA-regulated since 2022)"]:
        list_para(d, b, nid, 2, after=0)
    list_para(d, [("Pritchard & Daughters Funeral Directors, Neath", {"b": True}), " — 2010 – 2016"], nid, 0)
    list_para(d, [("Funeral Service Operative", {"b": True})], nid, 1)
    for b in ["Bearer, hearse and limousine driver; first-call removals from homes and hospitals",
              "Assisted with hygienic preparation and dressing; chapel of rest upkeep"]:
        list_para(d, b, nid, 2, after=0)
    list_para(d, [("Royal Navy", {"b": True}), " — 2002 – 2010"], nid, 0)
    list_para(d, [("Logistician (Supply Chain), Leading Hand", {"b": True})], nid, 1)
    for b in ["Served on HMS Cumberland and at HMNB Devonport; stores accounting and ceremonial duties"]:
        list_para(d, b, nid, 2, after=0)

    h("Key Skills")
    skills = ["Arranging & conducting funerals", "Repatriation paperwork", "Hygienic preparation (assisting)",
              "Public speaking in Welsh and English", "Funeral director software (Arka, FDMS)",
              "C1 licence – hearse & limousine driving"]
    for s in skills:
        list_para(d, s, nid, 0, after=0)
    h("Qualifications")
    para(d, "Diploma in Funeral Directing (NAFD), 2018  ·  Certificate in Funeral Arranging & Administration, 2016  ·  "
            "Mental Health First Aid, 2021")
    h("Outside Work")
    para(d, "Tenor with Côr Meibion Treforys; volunteer with the local bereavement café (Cruse).")
    para(d, [("References available on request.", {"i": True})], before=6)
    save(d, "w6_22_funeral_director_docx", truth(
        "Gareth Llewellyn", "gareth.llewellyn@example.co.uk", "07700 900318",
        [job("Hartwell Funeral Services Ltd", "Funeral Director", "2019"),
         job("Hartwell Funeral Services Ltd", "Funeral Arranger", "2016", "2019"),
         job("Pritchard & Daughters Funeral Directors", "Funeral Service Operative", "2010", "2016"),
         job("Royal Navy", "Logistician (Supply Chain), Leading Hand", "2002", "2010")],
        skills))


# ---------------------------------------------------------------- 23 production supervisor, Mexico
def r23():
    d = new_doc("Calibri", 10.5, 1.6)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    runs(fp, [("José Luis Hernández Rangel – CV – Disponibilidad inmediata / available immediately", {"size": 8, "color": "808080"})])
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    shade_cell(left, "203864")
    W = "FFFFFF"
    cell_text(left, [("JOSÉ LUIS", {"b": True, "size": 16, "color": W})])
    para(left, [("HERNÁNDEZ RANGEL", {"b": True, "size": 16, "color": W})], after=10)
    for lbl, val in [("Phone", "+52 442 555 0197"), ("Email", "jl.hernandez.rangel@example.com.mx"),
                     ("Location", "Querétaro, Qro., México"), ("Birth date", "11/04/1991")]:
        para(left, [(lbl.upper(), {"b": True, "size": 8, "color": "BDD7EE"})], after=0)
        para(left, [(val, {"size": 9.5, "color": W})], after=6)
    para(left, [("SKILLS", {"b": True, "size": 10, "color": "BDD7EE"})], before=6, after=2)
    skills = ["Lean Manufacturing", "5S & Kaizen", "SMED", "APQP & PPAP", "PFMEA", "SPC", "IATF 16949",
              "Minitab", "SAP PP", "Six Sigma Green Belt"]
    for s in skills:
        para(left, [(s, {"size": 9.5, "color": W})], after=1)
    para(left, [("LANGUAGES", {"b": True, "size": 10, "color": "BDD7EE"})], before=8, after=2)
    para(left, [("Spanish – native", {"size": 9.5, "color": W})], after=1)
    para(left, [("English – B2 (TOEIC 805)", {"size": 9.5, "color": W})], after=1)

    cell_text(right, [("Production Supervisor | Automotive Stamping & Welding", {"b": True, "size": 13, "color": "203864"})])

    def h(txt):
        p = para(right, [(txt, {"b": True, "size": 11, "color": "203864"})], before=10, after=3)
        bottom_border(p, "203864", 6)

    h("PROFILE")
    para(right, "Industrial engineer with 9 years in Tier-1 automotive plants in the Bajío region. I lead shifts of "
                "60–80 operators in stamping and robotic welding, with a focus on OEE, scrap reduction and safety. "
                "Experience with customer audits for North American OEMs.")
    h("WORK EXPERIENCE")

    def role(title, company, dates, bullets):
        para(right, [(title, {"b": True})], before=6, after=0)
        para(right, [(company, {}), ("  |  " + dates, {"i": True, "color": "595959"})], after=1)
        for b in bullets:
            para(right, b, style="List Bullet", after=0)

    role("Production Supervisor, Stamping & Welding", "Autopartes del Bajío S.A. de C.V., El Marqués, Qro.",
         "Mar 2019 – Present",
         ["2nd shift, 72 operators, 8 transfer presses (400–1,200 t) and 14 robotic welding cells.",
          "OEE improved from 68% to 81% in 18 months; scrap cost down 27%.",
          "SMED project on press line 3: die change 48 → 19 min.",
          "Zero lost-time accidents in 2022 and 2023."])
    role("Shift Leader, Robotic Welding Cell", "Autopartes del Bajío S.A. de C.V., El Marqués, Qro.",
         "Aug 2016 – Feb 2019",
         ["Led 25 operators; daily tier meetings, 5S audits, launch of 2 new body-in-white programs."])
    role("Production Trainee (Becario)", "Ensambles Técnicos de Querétaro S.A. de C.V., Querétaro",
         "Jan 2015 – Jul 2016",
         ["Time studies, line balancing and standard work documentation for wire-harness assembly."])
    h("EDUCATION")
    para(right, [("B.Eng. Industrial Engineering", {"b": True}), " – Instituto Tecnológico de Querétaro, 2014"])
    para(right, [("Diploma in Lean Six Sigma (Green Belt)", {"b": True}), " – 2020"])
    col_widths(t, [5.6, 12.2])
    save(d, "w6_23_production_supervisor_docx", truth(
        "José Luis Hernández Rangel", "jl.hernandez.rangel@example.com.mx", "+52 442 555 0197",
        [job("Autopartes del Bajío S.A. de C.V.", "Production Supervisor, Stamping & Welding", "Mar 2019"),
         job("Autopartes del Bajío S.A. de C.V.", "Shift Leader, Robotic Welding Cell", "Aug 2016", "Feb 2019"),
         job("Ensambles Técnicos de Querétaro S.A. de C.V.", "Production Trainee (Becario)", "Jan 2015", "Jul 2016")],
        skills))


if __name__ == "__main__":
    for f in (r17, r18, r19, r20, r21, r22, r23):
        f()
    print("docx: 7")
