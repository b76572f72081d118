// GOV.UK Frontend styles its components for script only when the body says script runs; this was
// an inline script, which the Content-Security-Policy (script-src 'self') no longer allows.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
