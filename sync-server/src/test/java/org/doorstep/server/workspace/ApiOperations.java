package org.doorstep.server.workspace;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

/** Every API address the server's resource classes declare, read from the classes, so a new operation cannot be missed. */
final class ApiOperations {

    private ApiOperations() {
    }

    static Set<String> paths() {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.doorstep.server")) {
            Class<?> type = c.reflect();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !root.value().startsWith("/api/")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                boolean operation = m.isAnnotationPresent(jakarta.ws.rs.GET.class) || m.isAnnotationPresent(jakarta.ws.rs.POST.class)
                        || m.isAnnotationPresent(jakarta.ws.rs.PUT.class) || m.isAnnotationPresent(jakarta.ws.rs.DELETE.class);
                if (operation) {
                    Path sub = m.getAnnotation(Path.class);
                    out.add(root.value() + (sub == null ? "" : (sub.value().startsWith("/") ? "" : "/") + sub.value()));
                }
            }
        }
        return out;
    }
}
