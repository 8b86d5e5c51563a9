// What a file descriptor refers to: a java.nio FileChannel, or the byte streams an embedder supplied for fds 0-2.
package pyj.interp.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;

/**
 * The system-call layer under FileIO. Failures are IOExceptions whose messages carry the strerror
 * text {@link OsErrors} turns back into errno ("Bad file descriptor", "Illegal seek", ...).
 */
sealed interface FileHandle {

    /** read(2): up to {@code len} bytes, 0 at end of file. */
    int read(byte[] b, int off, int len) throws IOException;

    /** write(2) of all {@code len} bytes. */
    void write(byte[] b, int off, int len) throws IOException;

    /** lseek(2) with SEEK_SET/CUR/END (and SEEK_DATA/SEEK_HOLE): the new position. */
    long seek(long offset, int whence) throws IOException;

    /** ftruncate(2), which never moves the file position. */
    void truncate(long size) throws IOException;

    boolean isTerminal();

    /** Bytes between the position and the end of a regular file, or -1 when the stream has no end to measure. */
    long remaining();

    boolean isOpen();

    void close() throws IOException;

    static IOException badDescriptor() { return new IOException("Bad file descriptor"); }

    /** A file, or one of the process's own descriptors, through a FileChannel. */
    final class Channel implements FileHandle {
        private final FileChannel channel;
        private final boolean terminal;

        Channel(FileChannel channel, boolean terminal) {
            this.channel = channel;
            this.terminal = terminal;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = channel.read(ByteBuffer.wrap(b, off, len));
                return Math.max(n, 0);
            } catch (NonReadableChannelException e) {
                throw FileHandle.badDescriptor();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) channel.write(buf);
            } catch (NonWritableChannelException e) {
                throw FileHandle.badDescriptor();
            }
        }

        /** Appending: the end of the file, where the next write goes (O_APPEND). */
        void toEnd() throws IOException { channel.position(channel.size()); }

        @Override
        public long seek(long offset, int whence) throws IOException {
            long target = switch (whence) {
                case 0 -> offset;
                case 1 -> channel.position() + offset;
                case 2 -> channel.size() + offset;
                case 3, 4 -> {
                    long size = channel.size();
                    if (offset < 0) throw new IOException("Invalid argument");
                    if (offset >= size) throw new IOException("No such device or address");
                    yield whence == 3 ? offset : size;
                }
                default -> throw new IOException("Invalid argument");
            };
            if (target < 0) throw new IOException("Invalid argument");
            channel.position(target);
            return target;
        }

        @Override
        public void truncate(long size) throws IOException {
            if (size < 0) throw new IOException("Invalid argument");
            long pos = channel.position();
            long current = channel.size();
            try {
                if (size < current) {
                    channel.truncate(size);
                } else if (size > current) {
                    // ftruncate extends with zeros; FileChannel.truncate never grows a file.
                    channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                }
            } catch (NonWritableChannelException e) {
                throw new IOException("Invalid argument");
            }
            channel.position(pos);
        }

        @Override
        public boolean isTerminal() { return terminal; }

        @Override
        public long remaining() {
            try {
                return Math.max(0, channel.size() - channel.position());
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public boolean isOpen() { return channel.isOpen(); }

        @Override
        public void close() throws IOException { channel.close(); }
    }

    /** An embedder's or test's stream standing for fd 0, 1 or 2: sequential, never seekable. */
    final class Stream implements FileHandle {
        private final InputStream in;
        private final OutputStream out;
        private final boolean terminal;
        private boolean open = true;

        Stream(InputStream in, OutputStream out, boolean terminal) {
            this.in = in;
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!open || in == null) throw FileHandle.badDescriptor();
            if (len == 0) return 0;
            int n = in.read(b, off, len);
            return Math.max(n, 0);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!open || out == null) throw FileHandle.badDescriptor();
            out.write(b, off, len);
            out.flush();
        }

        @Override
        public long seek(long offset, int whence) throws IOException {
            if (!open) throw FileHandle.badDescriptor();
            throw new IOException("Illegal seek");
        }

        @Override
        public void truncate(long size) throws IOException {
            if (!open) throw FileHandle.badDescriptor();
            throw new IOException("Invalid argument");
        }

        @Override
        public boolean isTerminal() { return terminal; }

        @Override
        public long remaining() { return -1; }

        @Override
        public boolean isOpen() { return open; }

        @Override
        public void close() throws IOException {
            if (!open) return;
            open = false;
            if (in != null) in.close();
            if (out != null) out.close();
        }
    }
}
