package org.doorstep.app.platform;

import com.gluonhq.attach.display.DisplayService;

import javafx.geometry.Dimension2D;

/** The window size to start with: the device screen on a phone or tablet, 1280x800 on a desktop. */
public final class Screen {

    private Screen() {
    }

    public static Dimension2D startSize() {
        try {
            return DisplayService.create()
                    .filter(d -> !d.isDesktop())
                    .map(DisplayService::getDefaultDimensions)
                    .orElseGet(Screen::desktop);
        } catch (RuntimeException | LinkageError e) {
            return desktop();
        }
    }

    private static Dimension2D desktop() {
        return new Dimension2D(Integer.getInteger("doorstep.width", 1280), Integer.getInteger("doorstep.height", 800));
    }
}
