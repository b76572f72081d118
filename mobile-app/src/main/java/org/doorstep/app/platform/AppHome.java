package org.doorstep.app.platform;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import com.gluonhq.attach.storage.StorageService;

/**
 * The app's private data folder. System property {@code doorstep.app.home} wins (tests, demo runs);
 * otherwise Gluon Attach's private storage ({@code ~/.gluon} on desktop, the app sandbox on a phone)
 * with a {@code doorstep} subfolder, because {@code ~/.gluon} is shared by every Gluon app; and if
 * the service is absent (no desktop implementation on the class path), {@code ~/.doorstep}.
 */
public final class AppHome {

    public static final String PROPERTY = "doorstep.app.home";

    private AppHome() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return privateStorage()
                .map(f -> f.toPath().resolve("doorstep"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".doorstep"));
    }

    private static Optional<File> privateStorage() {
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage);
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
