package org.rolecompare.related;

/**
 * The similarity of two roles, in [0, 1], and what it is made of.
 *
 * <pre>
 *   content = (0.55 · skills + 0.30 · responsibilities + 0.15 · education) / (sum of the weights used)
 *   score   = content · (0.8 + 0.2 · salary)
 * </pre>
 * <ul>
 *   <li><b>skills</b>: cosine of the two roles' skill vectors (share where known, else presence,
 *       times rarity: see {@link FeatureIndex}); used when both roles list skills.</li>
 *   <li><b>responsibilities</b>: cosine of their responsibility words, TF-IDF weighted; used when
 *       both have responsibilities.</li>
 *   <li><b>education</b>: the share of {most common degree, most common major} that both roles
 *       know and agree on; used when both know at least one of the two.</li>
 *   <li><b>salary</b>: 1 − |ln(salary ratio)| / ln 3, floored at 0 (equal pay 1, a 3× gap 0). It
 *       only scales the score between 0.8× and 1×, so that two roles sharing nothing score 0
 *       whatever they pay, and the pay level decides between otherwise alike roles.</li>
 * </ul>
 * A component unknown for either role is left out and the others are re-weighted, so missing data
 * neither counts as a match nor as a difference. Identical roles score 1; the score is symmetric;
 * it is rounded to 4 decimals, the precision ties are broken at.
 */
final class Similarity {

    static final double SKILLS = 0.55;
    static final double RESPONSIBILITIES = 0.30;
    static final double EDUCATION = 0.15;
    static final double SALARY_FLOOR = 0.8;
    private static final double SALARY_SPAN = Math.log(3);

    private Similarity() {
    }

    /** The parts of one pair's score, each in [0, 1] or NaN when unknown for either role. */
    record Parts(double skills, double responsibilities, double education, double salary, double score) {
    }

    static double score(IndexedRole a, IndexedRole b) {
        return parts(a, b).score();
    }

    static Parts parts(IndexedRole a, IndexedRole b) {
        double skills = a.hasSkills() && b.hasSkills() ? dot(a.skillIds(), a.skillWeights(), b.skillIds(), b.skillWeights()) : Double.NaN;
        double words = a.hasTerms() && b.hasTerms() ? dot(a.termIds(), a.termWeights(), b.termIds(), b.termWeights()) : Double.NaN;
        double education = education(a, b);
        double salary = salary(a.averageSalary(), b.averageSalary());
        double weighted = 0;
        double weights = 0;
        if (!Double.isNaN(skills)) {
            weighted += SKILLS * skills;
            weights += SKILLS;
        }
        if (!Double.isNaN(words)) {
            weighted += RESPONSIBILITIES * words;
            weights += RESPONSIBILITIES;
        }
        if (!Double.isNaN(education)) {
            weighted += EDUCATION * education;
            weights += EDUCATION;
        }
        double content = weights == 0 ? 0 : weighted / weights;
        double score = content * (SALARY_FLOOR + (1 - SALARY_FLOOR) * (Double.isNaN(salary) ? 0.5 : salary));
        return new Parts(skills, words, education, salary, round(Math.min(1, score)));
    }

    /** Sum of products over the common ids of two sorted sparse vectors; the same order of addition either way round. */
    static double dot(int[] ai, float[] aw, int[] bi, float[] bw) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ai.length && j < bi.length) {
            if (ai[i] == bi[j]) {
                sum += (double) aw[i++] * bw[j++];
            } else if (ai[i] < bi[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1, sum);
    }

    private static double education(IndexedRole a, IndexedRole b) {
        int known = 0;
        int same = 0;
        if (a.degree() >= 0 && b.degree() >= 0) {
            known++;
            same += a.degree() == b.degree() ? 1 : 0;
        }
        if (a.major() >= 0 && b.major() >= 0) {
            known++;
            same += a.major() == b.major() ? 1 : 0;
        }
        return known == 0 ? Double.NaN : (double) same / known;
    }

    static double salary(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        return Math.max(0, 1 - Math.abs(Math.log(a) - Math.log(b)) / SALARY_SPAN);
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
