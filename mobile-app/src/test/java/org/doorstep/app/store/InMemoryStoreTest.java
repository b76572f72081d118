package org.doorstep.app.store;

class InMemoryStoreTest extends SecureStoreContract {
    @Override
    protected SecureStore newStore() {
        return new InMemoryStore();
    }
}
