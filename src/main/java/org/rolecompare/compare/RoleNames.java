package org.rolecompare.compare;

/**
 * Every way a report names one role: its official title, the shorter display title for headings
 * and table columns, and the noun phrases sentences need ("a registered nurse", "registered
 * nurses", "other physicians"), with the verb forms that agree with them.
 *
 * <p>Why one place: the narrative, the PDF headings, the key differences and the mail all put a
 * role into English sentences, and real titles are plural ("Registered Nurses"), qualified
 * ("Physicians, All Other") or long lists. Each phrase here falls back to a form that is always
 * correct English when the title cannot be inflected: the role named in quotes ("the role
 * “Cutting, Punching, and Press Machine Setters, …”"), which is singular.
 *
 * <p>The prose forms come from {@code singular_title} when roles.csv gives one, else from the
 * short title, else from the title (see {@link TitleInflection}).
 */
public final class RoleNames {

    private final String title;
    private final String display;
    private final boolean displayPlural;
    private final String singular;
    private final String plural;

    private RoleNames(String title, String display, boolean displayPlural, String singular, String plural) {
        this.title = title;
        this.display = display;
        this.displayPlural = displayPlural;
        this.singular = singular;
        this.plural = plural;
    }

    public static RoleNames of(Role role) {
        return of(role.title(), role.shortTitle(), role.singularTitle());
    }

    /** The names of a role known only by its roles.csv title columns ({@code shortTitle} and {@code singularTitle} may be null). */
    public static RoleNames of(String title, String shortTitle, String singularTitle) {
        String display = blank(shortTitle) ? title.trim() : shortTitle.trim();
        TitleInflection.Forms displayForms = TitleInflection.ofTitle(display);
        TitleInflection.Forms prose = blank(singularTitle) ? displayForms : TitleInflection.ofSingular(singularTitle);
        return new RoleNames(title.trim(), display, displayForms.titleIsPlural(), prose.singular(), prose.plural());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The official title as given in roles.csv, e.g. "Registered Nurses". */
    public String title() {
        return title;
    }

    /** The title for headings, table columns and chart legends: short_title when given, else the title. */
    public String display() {
        return display;
    }

    /** The verb form that agrees with {@link #display()} as a subject: "Patient Account Manager pays", "Registered Nurses pay". */
    public String displayVerb(String singularForm, String pluralForm) {
        return displayPlural ? pluralForm : singularForm;
    }

    /** The singular noun phrase in prose ("registered nurse"), or {@code null} when it cannot be derived. */
    public String singular() {
        return singular;
    }

    /** The plural noun phrase in prose ("registered nurses"), or {@code null} when it cannot be derived. */
    public String plural() {
        return plural;
    }

    /** "the role “Display Title”": the form every sentence can use. */
    public String named() {
        return "the role \u201c" + display + "\u201d";
    }

    /** The role as the subject or object of a sentence about one member: "a registered nurse", else "other physicians", else {@link #named()}. */
    public String subject() {
        if (singular != null) {
            return Narrative.withArticle(singular);
        }
        return plural != null ? plural : named();
    }

    /** Whether {@link #subject()} takes a plural verb. */
    public boolean subjectIsPlural() {
        return singular == null && plural != null;
    }

    /** The verb form agreeing with {@link #subject()}: {@code verb("has", "have")}. */
    public String verb(String singularForm, String pluralForm) {
        return subjectIsPlural() ? pluralForm : singularForm;
    }

    /** The people in the role as a group: "registered nurses", else {@link #named()}. */
    public String group() {
        return plural != null ? plural : named();
    }

    /** What one does to enter the role: "become a registered nurse", else "qualify for the role “…”". */
    public String toBecome() {
        return singular != null ? "become " + Narrative.withArticle(singular) : "qualify for " + named();
    }

    /** The same as a gerund subject: "becoming a registered nurse", else "qualifying for the role “…”". */
    public String becoming() {
        return singular != null ? "becoming " + Narrative.withArticle(singular) : "qualifying for " + named();
    }

    /** The heading over the role's description: "What does a registered nurse do?", "What do other physicians do?". */
    public String whatDoesHeading() {
        if (singular != null) {
            return "What does " + Narrative.withArticle(singular) + " do?";
        }
        if (plural != null) {
            return "What do " + plural + " do?";
        }
        return "What does " + named() + " involve?";
    }

    /** The heading over the role's responsibilities: "Registered nurse example responsibilities". */
    public String responsibilitiesHeading() {
        if (singular != null) {
            return Narrative.capitalise(singular) + " example responsibilities";
        }
        return "Example responsibilities of " + group();
    }

    /** The heading over the role's skill list: "Common registered nurse skills". */
    public String skillsHeading() {
        if (singular != null) {
            return "Common " + singular + " skills";
        }
        return "Common skills of " + group();
    }
}
