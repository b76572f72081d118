// Starts GOV.UK Frontend's components (header menu, skip link, error summary focus). A file, not an
// inline module: the Content-Security-Policy allows script from this site's files only.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';
initAll();
