# Generates 7 .docx resumes with varied Word layouts plus truth files.
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import truth, path

def base(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return d

def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, space_after=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def bullets(d, items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")

def tabline(d, left, right, lb=True, li=False, rb=False, ri=False, pos=6.9):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(pos), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left); r.bold = lb; r.italic = li
    p.add_run("\t")
    r = p.add_run(right); r.bold = rb; r.italic = ri
    return p

# ---------------------------------------------------------------- 17 oncology nurse (PH -> US): header contact, Heading styles, tab-stop dates
def r17():
    stem = "17_oncology_nurse_docx"
    d = base("Calibri", 10.5)
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run("Houston, TX 77030  |  (713) 555-0152  |  angelica.reyes.rn@gmail.com  |  Texas RN License #1028834")
    d.add_heading("Angelica D. Reyes, BSN, RN, OCN", level=0)
    para(d, "Compassionate oncology nurse with 8 years of acute-care experience in the Philippines and the United States.")
    d.add_heading("Experience", level=1)
    tabline(d, "Registered Nurse – Oncology", "08/2020 – Present")
    para(d, "Lakeside Regional Medical Center, Houston, TX", italic=True, space_after=2)
    bullets(d, ["Provide care for 4–5 adult inpatients receiving chemotherapy, immunotherapy and BMT conditioning",
                "Administer antineoplastic agents per ONS/ASCO safety standards; manage PICCs and ports",
                "Charge nurse 2 shifts/week on a 32-bed unit; precept new graduate nurses"])
    tabline(d, "Staff Nurse – Medical-Surgical Ward", "06/2016 – 07/2020")
    para(d, "Our Lady of Mercy Medical Center, Quezon City, Philippines", italic=True, space_after=2)
    bullets(d, ["Cared for up to 12 patients per shift on a 40-bed ward",
                "Member of the hospital Infection Prevention and Control Committee"])
    tabline(d, "Clinical Instructor", "06/2015 – 05/2016")
    para(d, "Manila Central College of Nursing, Manila", italic=True)
    d.add_heading("Education", level=1)
    para(d, "Bachelor of Science in Nursing — University of Santo Tomas, Manila, 2015")
    d.add_heading("Licenses & Certifications", level=1)
    bullets(d, ["Registered Nurse — Texas Board of Nursing; Philippine Professional Regulation Commission",
                "Oncology Certified Nurse (OCN), ONCC", "ONS/ONCC Chemotherapy Immunotherapy Certificate",
                "BLS and ACLS, American Heart Association"])
    d.add_heading("Skills", level=1)
    para(d, "Epic, chemotherapy administration, central line care, neutropenic precautions, "
            "pain & symptom management, patient/family education, Tagalog (native)")
    d.save(path(stem, "docx"))
    truth(stem, "Angelica D. Reyes", "angelica.reyes.rn@gmail.com", "(713) 555-0152", [
        ("Lakeside Regional Medical Center", "Registered Nurse – Oncology", "08/2020", None),
        ("Our Lady of Mercy Medical Center", "Staff Nurse – Medical-Surgical Ward", "06/2016", "07/2020"),
        ("Manila Central College of Nursing", "Clinical Instructor", "06/2015", "05/2016"),
    ])

# ---------------------------------------------------------------- 18 retail store manager UK: 2-column table, dates left
def r18():
    stem = "18_retail_store_manager_uk_docx"
    d = base("Arial", 10)
    para(d, "SARAH JANE PRICE", bold=True, size=20, space_after=0)
    para(d, "Retail Store Manager", size=12, space_after=0)
    para(d, "Norwich, Norfolk  •  07912 334 580  •  sarahjprice@hotmail.co.uk")
    para(d, "PERSONAL STATEMENT", bold=True, size=11)
    para(d, "Commercially focused store manager with 12 years in high-street retail, leading teams of up to 45 "
            "colleagues and stores turning over £6m+. Known for developing people and fixing underperforming stores.")
    para(d, "EMPLOYMENT", bold=True, size=11)
    t = d.add_table(rows=0, cols=2)
    t.autofit = False
    rows = [
        ("Mar 2018 – Present", "Store Manager", "Greenway Home Stores Ltd, Norwich",
         ["Full P&L accountability for a £6.4m store; 38 colleagues",
          "Grew sales +11% LFL in 2023 and moved store from 41st to 9th of 120 in the region",
          "Rolled out click & collect and self-checkout with zero service disruption"]),
        ("Apr 2015 – Feb 2018", "Deputy Store Manager", "Marlow Fashion Retail Ltd, Ipswich",
         ["Ran the store in the manager's absence; led recruitment for peak trade",
          "Cut shrinkage from 2.1% to 1.2% of sales"]),
        ("Aug 2012 – Mar 2015", "Department Supervisor – Womenswear", "Marlow Fashion Retail Ltd, Ipswich", []),
        ("2010 – 2012", "Sales Assistant", "Central England Co-operative, Lowestoft", []),
    ]
    for dates, title, comp, bl in rows:
        c0, c1 = t.add_row().cells
        c0.width = Inches(1.6); c1.width = Inches(5.3)
        c0.paragraphs[0].add_run(dates).bold = True
        p = c1.paragraphs[0]; p.add_run(title).bold = True
        c1.add_paragraph().add_run(comp).italic = True
        for b in bl:
            c1.add_paragraph(b, style="List Bullet")
    para(d, "")
    para(d, "EDUCATION", bold=True, size=11)
    para(d, "2010   BTEC Level 3 Extended Diploma in Business (DMM) — East Norfolk Sixth Form College")
    para(d, "2008   9 GCSEs grade A*–C including English and Maths — Ormiston Denes Academy")
    para(d, "SKILLS", bold=True, size=11)
    para(d, "P&L management • KPI & footfall analysis • visual merchandising • stock control (SAP Retail) • "
            "rota planning • coaching & performance management • loss prevention • health & safety (IOSH)")
    para(d, "References available on request.", italic=True)
    d.save(path(stem, "docx"))
    truth(stem, "Sarah Jane Price", "sarahjprice@hotmail.co.uk", "07912 334 580", [
        ("Greenway Home Stores Ltd", "Store Manager", "Mar 2018", None),
        ("Marlow Fashion Retail Ltd", "Deputy Store Manager", "Apr 2015", "Feb 2018"),
        ("Marlow Fashion Retail Ltd", "Department Supervisor – Womenswear", "Aug 2012", "Mar 2015"),
        ("Central England Co-operative", "Sales Assistant", "2010", "2012"),
    ])

# ---------------------------------------------------------------- 19 real-estate agent Canada: soft line breaks in one paragraph
def r19():
    stem = "19_real_estate_agent_ca_docx"
    d = base("Georgia", 10.5)
    p = para(d, "", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    r = p.add_run("Daniel Kwon"); r.bold = True; r.font.size = Pt(22)
    p = para(d, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    p.add_run("Residential Real Estate Agent, Greater Vancouver")
    p.add_run().add_break()
    p.add_run("604-555-0193 · daniel.kwon@harbourlinerealty.ca · Burnaby, BC")
    para(d, "Licensed with the BC Financial Services Authority. Top 10% of Harbourline agents in 2022 and 2023; "
            "$48M in career sales volume across 110+ transactions.")
    h = para(d, "Real Estate Experience", bold=True, size=13)
    jobs = [
        ("Real Estate Agent – Residential Sales", "Harbourline Realty Ltd., Burnaby, BC", "2018 – Present",
         "Represent buyers and sellers in condo and detached markets across Burnaby, New West and Coquitlam; "
         "produce listing videos and manage pre-sale assignments; 28 closed transactions in 2023."),
        ("Buyer's Agent", "Coast Mountain Properties Inc., Vancouver, BC", "2016 – 2018",
         "Worked buyer leads for a high-volume team; converted 18% of leads to closed sales."),
        ("Leasing Consultant", "Greystone Rentals, Richmond, BC", "Jan 2014 to Jun 2016", None),
    ]
    for title, comp, dates, desc in jobs:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        p.add_run(title).bold = True
        p.add_run().add_break()
        p.add_run(comp).italic = True
        p.add_run().add_break()
        p.add_run(dates)
        if desc:
            p.add_run().add_break()
            p.add_run(desc)
    para(d, "Education", bold=True, size=13)
    p = d.add_paragraph()
    p.add_run("Real Estate Trading Services Licensing Course").bold = True
    p.add_run(" — UBC Sauder School of Business, 2016")
    p.add_run().add_break()
    p.add_run("Bachelor of Commerce (Marketing)").bold = True
    p.add_run(" — Simon Fraser University, 2013")
    para(d, "Skills", bold=True, size=13)
    para(d, "Comparative market analysis · negotiation · MLS / Paragon · DocuSign & WEBForms · social media marketing · "
            "Korean and English (fluent) · staging and open-house events")
    d.save(path(stem, "docx"))
    truth(stem, "Daniel Kwon", "daniel.kwon@harbourlinerealty.ca", "604-555-0193", [
        ("Harbourline Realty Ltd.", "Real Estate Agent – Residential Sales", "2018", None),
        ("Coast Mountain Properties Inc.", "Buyer's Agent", "2016", "2018"),
        ("Greystone Rentals", "Leasing Consultant", "Jan 2014", "Jun 2016"),
    ])

# ---------------------------------------------------------------- 20 tax senior associate India: grid table with header row
def r20():
    stem = "20_tax_senior_associate_in_docx"
    d = base("Times New Roman", 11)
    para(d, "CA ANKIT SUBHASH AGARWAL", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "Chartered Accountant | Direct & International Tax", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "Mobile: +91 99200 17845 | Email: ankit.agarwal.ca@gmail.com | Andheri (E), Mumbai",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "PROFESSIONAL SUMMARY", bold=True)
    para(d, "Qualified Chartered Accountant (ICAI, Nov 2019) with 5 years of post-qualification experience in corporate "
            "tax compliance, transfer pricing documentation and tax litigation support for MNC clients.")
    para(d, "WORK EXPERIENCE", bold=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Organisation", "Location", "Designation", "Duration"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in [("Grant Thakkar Advisory LLP", "Mumbai", "Senior Associate, Tax", "Jul 2021 – Present"),
                ("Grant Thakkar Advisory LLP", "Mumbai", "Associate, Tax", "Aug 2019 – Jun 2021"),
                ("Mehta Shah & Associates", "Mumbai", "Article Assistant", "Jun 2016 – Jul 2019")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    para(d, "")
    para(d, "Key Responsibilities – Grant Thakkar Advisory LLP", bold=True, italic=True)
    bullets(d, ["Income-tax return filing and tax audit (Form 3CD) for 25+ corporate clients",
                "Drafting submissions for CIT(A) and ITAT; representation before assessing officers",
                "Transfer pricing benchmarking using Prowess and Capitaline; Form 3CEB certification",
                "Advising on withholding tax under DTAAs and Equalisation Levy"])
    para(d, "Articleship – Mehta Shah & Associates", bold=True, italic=True)
    bullets(d, ["Statutory and bank branch audits; GST returns and reconciliations"])
    para(d, "EDUCATIONAL QUALIFICATIONS", bold=True)
    t2 = d.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for i, h in enumerate(["Qualification", "Institute / Board", "Year"]):
        t2.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in [("Chartered Accountant", "ICAI", "2019"), ("B.Com", "Narsee Monjee College, University of Mumbai", "2016"),
                ("HSC", "Maharashtra State Board", "2013")]:
        cells = t2.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    para(d, "")
    para(d, "IT SKILLS", bold=True)
    para(d, "Computax, Winman, SAP FICO (end user), Advanced Excel, Tally ERP 9, Power BI (basic)")
    para(d, "PERSONAL DETAILS", bold=True)
    para(d, "Date of Birth: 09-02-1995   |   Languages: English, Hindi, Marwari   |   Nationality: Indian")
    d.save(path(stem, "docx"))
    truth(stem, "Ankit Subhash Agarwal", "ankit.agarwal.ca@gmail.com", "+91 99200 17845", [
        ("Grant Thakkar Advisory LLP", "Senior Associate, Tax", "Jul 2021", None),
        ("Grant Thakkar Advisory LLP", "Associate, Tax", "Aug 2019", "Jun 2021"),
        ("Mehta Shah & Associates", "Article Assistant", "Jun 2016", "Jul 2019"),
    ])

# ---------------------------------------------------------------- 21 event planner Nigeria: bold caps heading paragraphs, company first, italic title, dates own line
def r21():
    stem = "21_event_planner_ng_docx"
    d = base("Cambria", 11)
    p = para(d, "", space_after=0)
    r = p.add_run("CHIOMA ADAEZE NWOSU"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x80, 0x1F, 0x4F)
    para(d, "Events & Wedding Planner", italic=True, size=12, space_after=0)
    para(d, "Lekki, Lagos | 0809 555 2641 | chioma.nwosu.events@gmail.com | IG: @chiomaplans")
    def sec(t):
        p = para(d, "", space_after=2)
        r = p.add_run(t.upper()); r.bold = True; r.font.color.rgb = RGBColor(0x80, 0x1F, 0x4F)
    sec("Profile")
    para(d, "Creative, detail-driven event planner with 9 years' experience delivering weddings, corporate "
            "launches and conferences of up to 2,500 guests across Lagos, Abuja and Accra.")
    sec("Professional Background")
    entries = [
        ("Eventful Affairs Nigeria Ltd, Lagos", "Senior Event Planner", "January 2021 – Present",
         ["Lead planner on 30+ events a year with budgets from ₦15m to ₦250m",
          "Manage vendor network of caterers, decorators, AV and security; negotiate contracts",
          "Delivered the 2023 Lagos Fintech Week gala (1,800 guests)"]),
        ("Eko Hotels & Suites, Victoria Island", "Banquet & Events Coordinator", "May 2017 – December 2020",
         ["Coordinated bookings for 9 banquet halls; prepared BEOs and floor plans",
          "Liaised with corporate clients, embassies and wedding families"]),
        ("Red Carpet Weddings, Abuja", "Events Assistant", "2015 – 2017", []),
    ]
    for comp, title, dates, bl in entries:
        para(d, comp, bold=True, space_after=0)
        para(d, title, italic=True, space_after=0)
        p = para(d, dates, italic=True, size=9.5, space_after=2)
        for b in bl:
            d.add_paragraph(b, style="List Bullet")
    sec("Education")
    para(d, "B.A. Theatre Arts, University of Nigeria, Nsukka — 2014", space_after=0)
    para(d, "Certified Meeting Professional (CMP) — Events Industry Council, 2022")
    sec("Skills")
    bullets(d, ["Event design & theming", "Budgeting and vendor negotiation", "Run-of-show & stage management",
                "Guest management (Eventbrite, Zoho Backstage)", "Team leadership"])
    sec("Referees")
    para(d, "Available on request.")
    d.save(path(stem, "docx"))
    truth(stem, "Chioma Adaeze Nwosu", "chioma.nwosu.events@gmail.com", "0809 555 2641", [
        ("Eventful Affairs Nigeria Ltd", "Senior Event Planner", "January 2021", None),
        ("Eko Hotels & Suites", "Banquet & Events Coordinator", "May 2017", "December 2020"),
        ("Red Carpet Weddings", "Events Assistant", "2015", "2017"),
    ])

# ---------------------------------------------------------------- 22 electrician Australia: whole layout in a 2-col table (sidebar)
def r22():
    stem = "22_electrician_au_docx"
    d = base("Calibri", 10)
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.rows[0].cells
    left.width = Inches(2.2); right.width = Inches(4.7)
    lp = left.paragraphs[0]
    r = lp.add_run("LIAM O'CONNOR"); r.bold = True; r.font.size = Pt(16)
    para(left, "Licensed Electrician", italic=True)
    para(left, "CONTACT", bold=True, space_after=0)
    para(left, "0438 771 203", space_after=0)
    para(left, "liam.oconnor.sparky@gmail.com", space_after=0)
    para(left, "Penrith NSW 2750")
    para(left, "LICENCES", bold=True, space_after=0)
    for x in ["NSW Electrical Contractor Licence", "Qualified Supervisor Certificate", "White Card", "Working at Heights",
              "Confined Space", "HR Driver Licence"]:
        para(left, x, space_after=0)
    para(left, "")
    para(left, "SKILLS", bold=True, space_after=0)
    for x in ["Switchboard upgrades", "Fault finding", "3-phase installs", "PLC basics (Allen-Bradley)",
              "Solar PV & battery", "Test & tag", "AS/NZS 3000 compliance"]:
        para(left, "• " + x, space_after=0)
    para(left, "")
    para(left, "EDUCATION", bold=True, space_after=0)
    para(left, "Certificate III in Electrotechnology Electrician (UEE30811)", space_after=0)
    para(left, "TAFE NSW – Kingswood, 2016", italic=True)
    rp = right.paragraphs[0]
    rp.add_run("WORK HISTORY").bold = True
    jobs = [
        ("Sparkwise Electrical Pty Ltd, Parramatta NSW", "Licensed Electrician", "Nov 2019 – Current",
         ["Domestic and commercial fit-outs, switchboard upgrades, EV charger installs",
          "Supervise 2 apprentices; complete CCEWs and test reports"]),
        ("Westline Industrial Services Pty Ltd, Port Hedland WA", "FIFO Maintenance Electrician", "Feb 2017 – Oct 2019",
         ["2/1 roster on iron-ore processing plant; conveyors, VSDs, MCCs",
          "Isolation and permit-to-work procedures; zero LTIs"]),
        ("Coastal Power Solutions, Gosford NSW", "Apprentice Electrician", "Jan 2013 – Jan 2017", []),
    ]
    for comp, title, dates, bl in jobs:
        p = right.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        p.add_run(comp).bold = True
        p = right.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(4.5), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(title).italic = True
        p.add_run("\t" + dates)
        for b in bl:
            right.add_paragraph(b, style="List Bullet")
    p = right.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    p.add_run("REFERENCES").bold = True
    right.add_paragraph("Available on request.")
    d.save(path(stem, "docx"))
    truth(stem, "Liam O'Connor", "liam.oconnor.sparky@gmail.com", "0438 771 203", [
        ("Sparkwise Electrical Pty Ltd", "Licensed Electrician", "Nov 2019", None),
        ("Westline Industrial Services Pty Ltd", "FIFO Maintenance Electrician", "Feb 2017", "Oct 2019"),
        ("Coastal Power Solutions", "Apprentice Electrician", "Jan 2013", "Jan 2017"),
    ])

# ---------------------------------------------------------------- 23 HR generalist US: Title style, company + right-tab location, italic title + right-tab dates
def r23():
    stem = "23_hr_generalist_us_docx"
    d = base("Garamond", 11)
    d.add_paragraph("Tamara J. Whitaker, SHRM-CP", style="Title")
    para(d, "Columbus, OH  ·  (614) 555-0127  ·  tamara.whitaker.hr@gmail.com  ·  linkedin.com/in/tamarawhitaker")
    d.add_heading("Summary", level=2)
    para(d, "HR generalist with 9 years supporting 300–900 employee workforces in healthcare and manufacturing. "
            "Strong in employee relations, leave administration and HRIS implementations.")
    d.add_heading("Professional Experience", level=2)
    tabline(d, "Meridian Health Partners, LLC", "Columbus, OH", rb=False)
    tabline(d, "Senior HR Generalist", "Feb 2020 – Current", lb=False, li=True)
    bullets(d, ["HR business partner to 4 clinics and the revenue-cycle department (420 employees)",
                "Led UKG Pro implementation; reduced time-to-hire from 41 to 27 days",
                "Investigate employee relations cases; manage FMLA/ADA accommodations"])
    tabline(d, "HR Generalist", "Jun 2018 – Jan 2020", lb=False, li=True)
    bullets(d, ["Onboarding, benefits open enrollment, I-9/E-Verify audits"])
    para(d, "", space_after=0)
    tabline(d, "Bluestem Manufacturing Co.", "Dayton, OH")
    tabline(d, "Human Resources Coordinator", "Aug 2015 – May 2018", lb=False, li=True)
    bullets(d, ["Supported HR for a 650-employee union plant; tracked attendance points and grievances",
                "Coordinated OSHA 300 log and safety training records"])
    para(d, "", space_after=0)
    tabline(d, "TalentBridge Staffing", "Columbus, OH")
    tabline(d, "Recruiting Assistant", "2014 – 2015", lb=False, li=True)
    d.add_heading("Education", level=2)
    tabline(d, "B.S. Business Administration, Human Resource Management", "2014", lb=False)
    para(d, "The Ohio State University, Fisher College of Business", italic=True)
    d.add_heading("Skills", level=2)
    para(d, "UKG Pro · Workday · ADP Workforce Now · employee relations · FMLA/ADA · compensation benchmarking · "
            "HR metrics in Excel · policy writing · SHRM-CP (2019)")
    d.save(path(stem, "docx"))
    truth(stem, "Tamara J. Whitaker", "tamara.whitaker.hr@gmail.com", "(614) 555-0127", [
        ("Meridian Health Partners, LLC", "Senior HR Generalist", "Feb 2020", None),
        ("Meridian Health Partners, LLC", "HR Generalist", "Jun 2018", "Jan 2020"),
        ("Bluestem Manufacturing Co.", "Human Resources Coordinator", "Aug 2015", "May 2018"),
        ("TalentBridge Staffing", "Recruiting Assistant", "2014", "2015"),
    ])

for f in (r17, r18, r19, r20, r21, r22, r23):
    f()
print("wrote 7 docx resumes")
