package org.doorstep.app.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link SecureStore} must do; each implementation's test extends this. */
abstract class SecureStoreContract {

    protected SecureStore store;

    protected abstract SecureStore newStore() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        store = newStore();
    }

    @Test
    @DisplayName("R13-at-rest: what is put is got back, byte for byte")
    void putThenGet() {
        byte[] data = "Maya said she feels safe at home".getBytes(StandardCharsets.UTF_8);
        store.put("note-1.json", data);
        assertArrayEquals(data, store.get("note-1.json").orElseThrow());
    }

    @Test
    void missingIsEmpty() {
        assertTrue(store.get("nothing.json").isEmpty());
    }

    @Test
    void overwriteReplaces() {
        store.put("a", new byte[] {1});
        store.put("a", new byte[] {2, 3});
        assertArrayEquals(new byte[] {2, 3}, store.get("a").orElseThrow());
    }

    @Test
    void deleteRemoves() {
        store.put("a", new byte[] {1});
        store.delete("a");
        store.delete("never-there");
        assertTrue(store.get("a").isEmpty());
    }

    @Test
    void namesListsWhatIsStored() {
        store.put("b.json", new byte[0]);
        store.put("a.json", new byte[] {9});
        assertEquals(Set.of("a.json", "b.json"), store.names());
    }

    @Test
    void jsonRoundTrip() {
        store.putJson("p.json", new Person("Jo", "mother"));
        assertEquals(new Person("Jo", "mother"), store.getJson("p.json", Person.class).orElseThrow());
    }

    @Test
    void refusesPathLikeNames() {
        assertThrows(IllegalArgumentException.class, () -> store.put("../escape", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> store.put("A/b", new byte[0]));
    }

    record Person(String name, String role) {
    }
}
