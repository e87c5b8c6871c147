package io.kube9.core.shell;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.internal.shell.ShellMessages;

/**
 * A command line the user typed, split into words as a POSIX shell would: blanks separate words, single quotes
 * keep everything literal, double quotes keep blanks (a backslash escapes {@code " \ $ `} in them), a backslash
 * outside quotes escapes the next character. Nothing is expanded: the words are the exec's command.
 */
public final class CommandLines {

	private CommandLines() {
	}

	/** The words of {@code line}; empty for a blank line. */
	public static List<String> split(String line) throws InvalidCommandLineException {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				int end = line.indexOf('\'', i + 1);
				if (end < 0) {
					throw unclosed(line, i);
				}
				word.append(line, i + 1, end);
				i = end;
				inWord = true;
			} else if (c == '"') {
				i = doubleQuoted(line, i, word);
				inWord = true;
			} else if (c == '\\') {
				if (i + 1 == line.length()) {
					throw new InvalidCommandLineException(ShellMessages.commandLine_trailingBackslash);
				}
				word.append(line.charAt(++i));
				inWord = true;
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/** Appends the double-quoted part starting at {@code open}; returns the index of its closing quote. */
	private static int doubleQuoted(String line, int open, StringBuilder word) throws InvalidCommandLineException {
		for (int i = open + 1; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				return i;
			}
			if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) { //$NON-NLS-1$
				word.append(line.charAt(++i));
			} else {
				word.append(c);
			}
		}
		throw unclosed(line, open);
	}

	private static InvalidCommandLineException unclosed(String line, int at) {
		return new InvalidCommandLineException(NLS.bind(ShellMessages.commandLine_unclosedQuote,
				String.valueOf(line.charAt(at)), Integer.valueOf(at + 1)));
	}

	/** A command line that cannot be split: an unclosed quote, a trailing backslash. */
	public static final class InvalidCommandLineException extends Exception {

		private static final long serialVersionUID = 1L;

		InvalidCommandLineException(String message) {
			super(message);
		}
	}
}
