package org.doorstep.server.workspace;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** A browser-like session against the workspace over plain HTTP: form sign-in cookie plus CSRF cookie. */
public final class WebSession {

    public final Map<String, String> cookies;

    private WebSession(Map<String, String> cookies) {
        this.cookies = cookies;
    }

    public static WebSession signIn(String username, String password) {
        return new WebSession(new java.util.HashMap<>(signInResponse(username, password).getCookies()));
    }

    /** The answer to posting the sign-in form: where it sends the browser, and the session cookie. */
    public static Response signInResponse(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** Whether the answer to the sign-in form lets the person in: sent on anywhere but back to sign-in. */
    public static boolean signedIn(Response signInAnswer) {
        return signInAnswer.getStatusCode() == 302 && !signInAnswer.getHeader("Location").contains("/signin");
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /**
     * Every page of the review queue, one after the other, as a supervisor reads to its end: the queue
     * is oldest first in pages of 50, and the suite's shared test team has more than a page waiting.
     */
    public String wholeQueue() {
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = get("/workspace/queue?page=" + page).then().statusCode(200).extract().asString();
            all.append(html);
            if (!html.contains("rel=\"next\"")) {
                return all.toString();
            }
        }
        throw new AssertionError("the review queue has more than 100 pages");
    }

    /** Posts a form with the CSRF token the page at {@code formPage} handed out. */
    public Response post(String formPage, String path, Map<String, String> form) {
        return form(formPage).formParams(form).post(path);
    }

    /**
     * A form post ready for its fields, with the CSRF token the page at {@code formPage} handed out; for
     * a form with a field given more than once (checkboxes), {@code formParam(name, values...)}.
     */
    public RequestSpecification form(String formPage) {
        String token = csrfToken(formPage); // first: it keeps the CSRF cookie that request() then sends
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
    }

    /** The CSRF token the page at {@code formPage} hands out, its cookie kept (for a multipart form too). */
    public String csrfToken(String formPage) {
        Response page = get(formPage);
        cookies.putAll(page.getCookies());
        String html = page.asString();
        String marker = "name=\"csrf-token\" value=\"";
        if (!html.contains(marker)) {
            return ""; // a page with no form (a signed-out caller's sign-in page): a post is then refused as forged
        }
        int at = html.indexOf(marker) + marker.length();
        return html.substring(at, html.indexOf('"', at));
    }
}
