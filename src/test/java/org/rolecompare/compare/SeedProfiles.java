package org.rolecompare.compare;

import java.util.List;

/**
 * The two roles of the seed page ({@code input/}) as profiles, for unit tests of
 * metrics, narrative and reports that need no CSV parsing.
 */
public final class SeedProfiles {

    private SeedProfiles() {
    }

    public static RoleProfile patientRelationsManager() {
        Role role = new Role("patient-relations-manager", "Patient Relations Manager",
                "Patient Relations Managers serve as the front desk personnel of offices or organizations. They handle the comments, questions, and any concerns associated with patients. It is their responsibility to manage patient relations as well as their complaint activity. Also, they ensure timely and thorough resolution of patient's concerns, complaints, and other issues.",
                new YearsRange(2, 4), 43633, 20.98, 27000.0, 68000.0, -4.0, 77096L, null,
                "Bachelor's Degree", 50.0, "Business", "University of Pennsylvania", 40.0, 4.0, 7.0,
                null, null, null, null, null, null);
        return new RoleProfile(role,
                List.of(new Breakdown("gender", List.of(new CategoryShare("Male", 20.8), new CategoryShare("Female", 79.2))),
                        new Breakdown("race", List.of(
                                new CategoryShare("Black or African American", 12.1),
                                new CategoryShare("Unknown", 4.7),
                                new CategoryShare("Hispanic or Latino", 22.3),
                                new CategoryShare("Asian", 5.3),
                                new CategoryShare("White", 55.1),
                                new CategoryShare("American Indian and Alaska Native", 0.6)))),
                List.of(new Skill("Patients", 39.0), new Skill("Schedule Appointments", 14.0),
                        new Skill("Patient Care", 11.0), new Skill("Patient Relations", 9.0),
                        new Skill("Service Recovery", 2.0), new Skill("Patient Rights", 2.0)),
                List.of("Manage PSR staff and perform all PSR functions including registration, check-out, medical records, order entry and procedure scheduling.",
                        "Lead interdisciplinary teams working on quality improvement initiatives and prepare for a JCAHO survey.",
                        "Provide excellent customer service in a medical institution and ensure all patients are well attend.",
                        "Oversee electronic medical records system and HIPPA compliance.",
                        "Maintain CMS and regulatory compliance with the grievance process.",
                        "Scan and file medical records in accordance with HIPAA protocols."));
    }

    public static RoleProfile patientAccountManager() {
        Role role = new Role("patient-account-manager", "Patient Account Manager",
                "A patient account manager is responsible for supervising patient accounts, processing claims and payments, and resolving insurance discrepancies. Patient account managers coordinate with insurance companies to verify claims records and update patients' information in the database. They also handle the budget for the department and join the senior management in strategizing techniques to improve account operations and processes. A patient account manager must have excellent organizational and leadership skills, especially in managing disputes and assisting the patient account representatives with their inquiries and concerns.",
                new YearsRange(4, 6), 70777, 34.03, 42000.0, 117000.0, 28.0, 152009L, null,
                "Bachelor's Degree", 55.0, "Business", "University of Pennsylvania", 47.0, 6.0, 12.0,
                null, null, null, null, null, null);
        return new RoleProfile(role,
                List.of(new Breakdown("gender", List.of(new CategoryShare("Male", 20.2), new CategoryShare("Female", 79.8))),
                        new Breakdown("race", List.of(
                                new CategoryShare("Black or African American", 11.9),
                                new CategoryShare("Unknown", 4.3),
                                new CategoryShare("Hispanic or Latino", 14.9),
                                new CategoryShare("Asian", 7.1),
                                new CategoryShare("White", 61.1),
                                new CategoryShare("American Indian and Alaska Native", 0.7)))),
                List.of(new Skill("Patients", 22.0), new Skill("Customer Service", 13.0),
                        new Skill("Patient Accounts", 10.0), new Skill("Revenue Cycle", 9.0),
                        new Skill("Patient Care", 4.0), new Skill("Patient Registration", 4.0)),
                List.of("Manage CLIA certify laboratory ensuring quality and proficiency standards of several non-waive proficiency tests.",
                        "Manage the credentialing of all new providers by ensuring that their Medicare and Medicaid applications are complete accurately and timely.",
                        "Manage all medical billing relate operations including insurance and Medicaid verification, coding, accounts receivable, billing and collections.",
                        "Manage major transformation by creating/designing and implementing new EHR operating system providing communications, training and technical support throughout the process.",
                        "Enter demographics and work on EOB's.",
                        "Move the general surgery clinic from one location to another on campus."));
    }

    /** A role with only the required fields known. */
    public static RoleProfile minimal(String id, String title, double averageSalary) {
        Role role = new Role(id, title, null, null, averageSalary, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
    }
}
