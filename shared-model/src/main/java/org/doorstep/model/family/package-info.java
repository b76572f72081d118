/**
 * The family as data and the two practice drawings made from it (R5.6-genogram): a
 * {@link org.doorstep.model.family.Family} of people and relationships, the computed
 * {@link org.doorstep.model.family.GenogramLayout}, and the {@link org.doorstep.model.family.EcoMap}
 * recorded at a visit. Both become a {@link org.doorstep.model.family.Drawing}, a list of plain shapes that
 * {@link org.doorstep.model.family.DrawingSvg} writes for the server and the tablet paints on its canvas, so
 * the two sides draw the same thing from one renderer. Pure Java: no UI toolkit, no IO.
 */
package org.doorstep.model.family;
