/**
 * Cases (办件): what happens after the window. An application accepted at a window (or accepted
 * under 容缺受理, or answered with a written missing-materials notice) becomes a case with a promised
 * date counted in working days; the back office moves it through review and decision to the
 * pickup, and every step is published and told to the applicant.
 */
package org.onewindow.server.cases;
