package org.doorstep.model.sketch;

import java.io.ByteArrayOutputStream;

/**
 * Bit-level writer and reader for the stroke stream, most significant bit first. Every integer
 * code here has exactly one spelling, so a stream decodes to one value and that value encodes back
 * to the same bytes.
 */
final class BitStream {

    /** Above this many one-bits a Rice code escapes to an Exp-Golomb code of the remainder. */
    static final int RICE_ESCAPE = 16;
    private static final int MAX_GOLOMB_ZEROS = 62;

    private BitStream() {
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long m) {
        return (m >>> 1) ^ -(m & 1);
    }

    /**
     * An adaptive Rice parameter (as in LOCO-I): k follows the running mean of recent values, so
     * smooth strokes cost a few bits per number and fast ones a few more.
     */
    static final class Channel {
        private long sum = 8;
        private int count = 2;

        int k() {
            int k = 0;
            while (((long) count << k) < sum && k < 40) {
                k++;
            }
            return k;
        }

        void update(long m) {
            sum += m;
            count++;
            if (count >= 32) {
                sum = (sum + 1) >> 1;
                count >>= 1;
            }
        }
    }

    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void bit(int b) {
            current = (current << 1) | (b & 1);
            if (++used == 8) {
                out.write(current);
                current = 0;
                used = 0;
            }
        }

        void bits(long v, int n) {
            for (int i = n - 1; i >= 0; i--) {
                bit((int) (v >>> i));
            }
        }

        void writeByte(int b) {
            bits(b, 8);
        }

        /** Exp-Golomb, order 0, of an unsigned value below 2^62. */
        void ue(long v) {
            if (v < 0 || v >= (1L << MAX_GOLOMB_ZEROS)) {
                throw new IllegalArgumentException("value out of range for the stroke stream: " + v);
            }
            long w = v + 1;
            int len = 64 - Long.numberOfLeadingZeros(w);
            bits(0, len - 1);
            bits(w, len);
        }

        void se(long v) {
            ue(zigzag(v));
        }

        void rice(Channel c, long signed) {
            long m = zigzag(signed);
            int k = c.k();
            long q = m >>> k;
            if (q < RICE_ESCAPE) {
                for (long i = 0; i < q; i++) {
                    bit(1);
                }
                bit(0);
                bits(m, k);
            } else {
                for (int i = 0; i < RICE_ESCAPE; i++) {
                    bit(1);
                }
                ue(m - ((long) RICE_ESCAPE << k));
            }
            c.update(m);
        }

        /** The bytes, the last one padded with zero bits. */
        byte[] toBytes() {
            if (used > 0) {
                out.write(current << (8 - used));
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }

    static final class Reader {
        private final byte[] buf;
        private long pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        int bit() {
            if (pos >= (long) buf.length * 8) {
                throw new IllegalArgumentException("stroke data is truncated (ended at byte " + buf.length + ")");
            }
            int b = (buf[(int) (pos >>> 3)] >>> (7 - (int) (pos & 7))) & 1;
            pos++;
            return b;
        }

        long bits(int n) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 1) | bit();
            }
            return v;
        }

        int readByte() {
            return (int) bits(8);
        }

        long ue() {
            int zeros = 0;
            while (bit() == 0) {
                if (++zeros > MAX_GOLOMB_ZEROS - 1) {
                    throw new IllegalArgumentException("stroke data holds a number that is too long (at bit " + pos + ")");
                }
            }
            long w = 1;
            for (int i = 0; i < zeros; i++) {
                w = (w << 1) | bit();
            }
            return w - 1;
        }

        long se() {
            return unzigzag(ue());
        }

        long rice(Channel c) {
            int k = c.k();
            long q = 0;
            while (q < RICE_ESCAPE && bit() == 1) {
                q++;
            }
            long m;
            if (q < RICE_ESCAPE) {
                m = (q << k) | bits(k);
            } else {
                m = ue() + ((long) RICE_ESCAPE << k);
                if (m < 0) {
                    throw new IllegalArgumentException("stroke data holds a number that is too large (at bit " + pos + ")");
                }
            }
            c.update(m);
            return unzigzag(m);
        }

        /** Refuses anything after the last value but the zero bits that pad the final byte. */
        void expectEnd() {
            while ((pos & 7) != 0) {
                if (bit() != 0) {
                    throw new IllegalArgumentException("stroke data has stray bits after its last stroke");
                }
            }
            if (pos != (long) buf.length * 8) {
                throw new IllegalArgumentException("stroke data has " + (buf.length - pos / 8) + " extra bytes after its last stroke");
            }
        }
    }
}
