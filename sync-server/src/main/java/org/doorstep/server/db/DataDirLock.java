package org.doorstep.server.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data directory. The lock is the kernel's, so it goes with the process however the
 * process ends (SIGKILL, power loss): whoever holds it knows that any mariadbd still running on the
 * data directory is a leftover, not another server's database.
 */
final class DataDirLock {

    static final String FILE = "server.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says which running server holds it. */
    static DataDirLock take(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(dataDir.resolve(FILE)).strip();
                channel.close();
                throw new IllegalStateException("Another Doorstep server (pid " + (holder.isEmpty() ? "unknown" : holder)
                        + ") is running on the data directory " + dataDir + "; stop it first or set another doorstep.data-dir.");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes()), 0);
            channel.force(true);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the kernel releases it with the process anyway
        }
    }
}
