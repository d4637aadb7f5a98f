package io.nexusgraph.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file of an embedded server's home, held by the JVM that runs the server
 * for as long as it runs it, with that JVM's pid as the file's content. The operating system drops
 * the lock when the JVM ends, however it ends, so a server found running on the home while the lock
 * is free was left behind by a JVM that died.
 */
final class OwnerLock implements AutoCloseable {

  private final FileChannel channel;

  private OwnerLock(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Takes the lock of {@code file} for this JVM.
   *
   * @throws ServerStartException when another process (or this one) holds it
   */
  static OwnerLock take(Path file, String what) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new ServerStartException(
            what
                + ": its data directory "
                + file.getParent()
                + " is in use by another running Nexus Graph process"
                + (owner.isEmpty() ? "" : " (pid " + owner + ")")
                + ": stop that process first, or give this one another NEXUS_DATA_DIR.");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
      return new OwnerLock(channel);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ServerStartException(what + ": cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** Lets the lock go (the file stays, with a pid nobody holds any more). */
  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the lock goes with the process anyway
      }
    }
  }
}
