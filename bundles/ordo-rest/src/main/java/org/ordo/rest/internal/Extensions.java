package org.ordo.rest.internal;

/** The names of the extensions the application waits for. */
public final class Extensions {
    public static final String JSON = "ordo.json";
    public static final String PROBLEMS = "ordo.problems";
    public static final String AUTHENTICATION = "ordo.authentication";
    public static final String AUTHORIZATION = "ordo.authorization";
    public static final String BODY_LIMIT = "ordo.body-limit";
    public static final String NUL_PARAMETERS = "ordo.nul-parameters";

    private Extensions() {
    }
}
