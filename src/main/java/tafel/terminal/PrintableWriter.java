package tafel.terminal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import tafel.text.Printable;

/**
 * What tafel writes to a terminal, with every control character from files and people shown as
 * its picture (␛, ␇) instead of obeyed: a name holding "ESC[2J" cannot clear the facilitator's
 * screen, a note holding BEL cannot ring. tafel's own colours (ESC [ digits ; … m) pass.
 */
public final class PrintableWriter extends FilterWriter {

    private static final char ESCAPE = 0x1b;
    /** Long enough for any colour tafel sets; anything longer is not one of ours. */
    private static final int LONGEST_COLOUR = 16;

    private final StringBuilder pending = new StringBuilder();

    public PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char character = (char) c;
        if (pending.length() > 0) {
            pending.append(character);
            if (pending.length() == 2 && character != '[') {
                release(false);
            } else if (pending.length() > 2 && character == 'm') {
                release(true);
            } else if (pending.length() > 2 && !(Character.isDigit(character) || character == ';')
                    || pending.length() > LONGEST_COLOUR) {
                release(false);
            }
            return;
        }
        if (character == ESCAPE) {
            pending.append(character);
            return;
        }
        out.write(Printable.isControl(character) && character != '\r' ? Printable.picture(character) : character);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            write(buffer[offset + i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            write(text.charAt(offset + i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() > 0 && pending.length() < 2) {
            // an escape at the very end of a flush may still be followed by its '[': keep it
            out.flush();
            return;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pending.length() > 0) {
            release(false);
        }
        super.close();
    }

    /** Writes what was held back: a colour as it is, anything else with its controls shown. */
    private void release(boolean colour) throws IOException {
        String held = pending.toString();
        pending.setLength(0);
        if (colour) {
            out.write(held);
            return;
        }
        for (int i = 0; i < held.length(); i++) {
            char c = held.charAt(i);
            out.write(Printable.isControl(c) && c != '\r' ? Printable.picture(c) : c);
        }
    }
}
