/**
 * Majority judgment (Balinski and Laraki, <i>Majority Judgment</i>, MIT Press 2011): voters grade
 * every option on a common scale of ordered grades; an option's <em>majority grade</em> is the
 * lower median of its grades; options are ranked by their <em>majority value</em>.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Grades are integers {@code 0 .. size-1} where <b>0 is the worst</b> grade ("To reject")
 *       and {@code size-1} the best ("Excellent"); {@link org.parvis.majorityjudgment.GradeScale}
 *       maps them to labels given best first, as a ballot shows them.</li>
 *   <li>A ballot that leaves an option ungraded gives it the worst grade, so that every option
 *       is judged by the same number of voters, as the method requires.</li>
 *   <li>With an even number of voters the majority grade is the <em>lower</em> middlemost grade
 *       (the grade that a majority of voters at least supports).</li>
 * </ul>
 *
 * <h2>Tie-breaking: what is implemented</h2>
 * The ranking is decided by the <b>majority value</b>: the sequence of majority grades obtained
 * by repeatedly removing one majority grade from the profile, compared lexicographically (the
 * standard "iteratively remove median grades" rule). Options whose sequences are equal are
 * exactly tied and share a rank.
 *
 * <p>{@link org.parvis.majorityjudgment.MajorityGauge} (majority grade, share strictly above,
 * share strictly below; compare the larger of the two) is also computed: Balinski and Laraki show
 * that whenever two gauges differ they order the options as the majority value does, and the
 * tests check this agreement on every tie case and on random profiles. The gauge alone cannot
 * separate all ties (e.g. equal gauges but different grades further out), which is why the
 * majority value decides.
 */
package org.parvis.majorityjudgment;
