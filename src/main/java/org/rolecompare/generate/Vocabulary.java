package org.rolecompare.generate;

import java.util.List;

/**
 * The small word lists synthetic roles are made of: titles are seniority + field + function
 * ("Senior Payroll Analyst"), a few carry accented words and a dash, as real feeds do, and
 * degrees, majors, colleges, skills and responsibilities read like the seed data.
 */
final class Vocabulary {

    static final List<String> SENIORITY = List.of("", "Junior", "Senior", "Lead", "Principal", "Assistant", "Chief");

    static final List<String> FIELDS = List.of("Payroll", "Patient Relations", "Patient Account", "Data", "Supply Chain",
            "Marketing", "Clinical", "Tax", "Software", "Network", "Retail", "Quality", "Logistics", "Benefits",
            "Customer Success", "Risk", "Compliance", "Field Service", "Laboratory", "Procurement", "Facilities",
            "Training", "Credit", "Claims");

    static final List<String> FUNCTIONS = List.of("Analyst", "Manager", "Specialist", "Coordinator", "Engineer",
            "Technician", "Consultant", "Director", "Administrator", "Associate", "Supervisor", "Officer");

    /** Cities of the few non-ASCII titles, such as "Señor Niño Analyst — Zürich". */
    static final List<String> ACCENTED_CITIES = List.of("Zürich", "São Paulo", "Kraków", "Malmö", "Montréal", "Düsseldorf");

    static final List<String> DEGREES = List.of("Bachelor's", "Master's", "Associate", "Doctorate", "High School Diploma");

    static final List<String> MAJORS = List.of("Business", "Accounting", "Nursing", "Computer Science", "Psychology",
            "Finance", "Health Care Administration", "Communication", "Engineering", "Biology");

    static final List<String> COLLEGES = List.of("University of Phoenix", "Arizona State University",
            "University of California, Berkeley", "Ohio State University", "Purdue University", "Texas A&M University",
            "University of Michigan", "Penn State University");

    static final List<String> CITIES = List.of("San Francisco, CA", "New York, NY", "Boston, MA", "Seattle, WA",
            "Austin, TX", "Chicago, IL");

    static final List<String> STATES = List.of("California", "New York", "Massachusetts", "Washington", "Texas", "Illinois");

    static final List<String> COMPANIES = List.of("Kaiser Permanente", "Deloitte", "Amazon", "UnitedHealth Group",
            "Walmart", "JPMorgan Chase");

    static final List<String> INDUSTRIES = List.of("Health Care", "Finance", "Technology", "Retail", "Government",
            "Manufacturing");

    static final List<String> GENDERS = List.of("Female", "Male");

    static final List<String> RACES = List.of("White", "Hispanic or Latino", "Black or African American", "Asian",
            "Unknown", "American Indian and Alaska Native");

    static final List<String> SKILLS = List.of("Customer Service", "Microsoft Excel", "Data Entry", "Patient Care",
            "Scheduling", "Project Management", "SQL", "Accounts Payable", "Payroll", "Communication Skills",
            "Medical Terminology", "Quality Control", "Inventory Management", "Budgeting", "Regulatory Compliance",
            "Python", "Sales", "Training", "Troubleshooting", "Reporting");

    /** First words of the skills families share ("Claims" in "Claims Auditing"). */
    static final List<String> SKILL_DOMAINS = List.of("Claims", "Revenue", "Patient", "Payroll", "Inventory", "Network",
            "Clinical", "Tax", "Vendor", "Contract", "Budget", "Quality", "Safety", "Warehouse", "Fleet", "Benefits",
            "Credit", "Risk", "Audit", "Pricing", "Campaign", "Content", "Lab", "Pharmacy", "Imaging", "Billing",
            "Research", "Grant", "Property", "Energy", "Cloud", "Security", "Data", "Release", "Store", "Freight",
            "Customs", "Loan", "Policy", "Training");

    /** Second words of the skills families share ("Auditing" in "Claims Auditing"). */
    static final List<String> SKILL_ACTIVITIES = List.of("Auditing", "Forecasting", "Reconciliation", "Scheduling",
            "Coding", "Negotiation", "Modeling", "Inspection", "Documentation", "Planning", "Analysis", "Reporting",
            "Tracking", "Design", "Testing", "Procurement", "Onboarding", "Triage", "Routing", "Monitoring", "Valuation",
            "Screening", "Configuration", "Migration", "Sourcing", "Mapping", "Outreach", "Compliance", "Optimization",
            "Support", "Administration", "Coordination", "Estimation", "Review", "Writing", "Operations", "Strategy",
            "Automation", "Verification", "Management");

    /** Responsibilities; {@code %s} is the role's field (or its family's skill) in lower case. */
    static final List<String> RESPONSIBILITIES = List.of(
            "Prepare monthly %s reports for management.",
            "Answer questions from staff, customers and vendors about %s matters.",
            "Review %s records for accuracy and completeness.",
            "Coordinate with other departments to resolve %s issues.",
            "Maintain the %s procedures manual, keeping it current.",
            "Train new team members in %s tools and policies.",
            "Track %s deadlines, escalating risks early.",
            "Audit %s data quarterly and document the findings.",
            "Support the annual %s budget process.",
            "Recommend improvements to %s workflows.",
            "Keep %s files organised, secure and \"audit-ready\".",
            "Present %s results at weekly team meetings.");

    private Vocabulary() {
    }
}
