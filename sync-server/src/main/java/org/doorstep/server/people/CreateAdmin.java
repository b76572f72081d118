package org.doorstep.server.people;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.doorstep.server.review.Decisions.FieldError;

/**
 * {@code create-admin USERNAME "FULL NAME"}: makes a real server's first admin (R13-accounts), who then
 * adds teams and people in the workspace. The password is read from the console, or from standard input
 * when there is none, never from the command line, where it would stay in the shell's history and in
 * the process list. It is the admin's own password (not temporary), checked by the same rule as any.
 */
public class CreateAdmin implements QuarkusApplication {

    @Inject
    People people;

    @Override
    public int run(String... args) throws IOException {
        String[] rest = args.length > 0 && "create-admin".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length != 2) {
            System.err.println("Usage: create-admin USERNAME \"FULL NAME\"   (the password is asked for, or read from standard input)");
            return 2;
        }
        String password = password();
        if (password == null) {
            System.err.println("No password given; nothing was stored.");
            return 2;
        }
        People.Outcome made = people.create(null, new People.NewPerson(rest[0], rest[1], Staff.ADMIN, null, password));
        if (!made.done()) {
            for (FieldError e : made.errors()) {
                System.err.println(e.field() + ": " + e.message());
            }
            System.err.println("Nothing was stored.");
            return 1;
        }
        System.out.println("Admin " + made.person().username + " (" + made.person().displayName + ") created. "
                + "Start the server and sign in at /signin to add teams and people under People.");
        return 0;
    }

    private static String password() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for the new admin (at least 12 characters): ");
            char[] again = console.readPassword("The same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                System.err.println("The two passwords are not the same.");
                return null;
            }
            return new String(first);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
