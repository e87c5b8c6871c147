package io.kube9.core.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.core.shell.CommandLines.InvalidCommandLineException;

/** The command line of Open Shell With Command, split into the exec's words as a shell would. */
class CommandLinesTest {

	@Test
	void blanksSeparateWords() throws Exception {
		assertEquals(List.of("echo", "hi"), CommandLines.split("  echo \t hi "));
		assertEquals(List.of(), CommandLines.split("   "));
	}

	@Test
	void singleQuotesKeepEverythingLiteral() throws Exception {
		assertEquals(List.of("sh", "-c", "exit 3"), CommandLines.split("sh -c 'exit 3'"));
		assertEquals(List.of("a\\b \"c\" $d"), CommandLines.split("'a\\b \"c\" $d'"));
	}

	@Test
	void doubleQuotesKeepBlanksAndEscapeOnlyTheirSpecials() throws Exception {
		assertEquals(List.of("say \"hi\" \\n $x"), CommandLines.split("\"say \\\"hi\\\" \\n \\$x\""));
	}

	@Test
	void quotedPartsJoinTheirWordAndEmptyQuotesAreAWord() throws Exception {
		assertEquals(List.of("--name=a b", ""), CommandLines.split("--name='a b' ''"));
	}

	@Test
	void aBackslashEscapesTheNextCharacter() throws Exception {
		assertEquals(List.of("a b", "c"), CommandLines.split("a\\ b c"));
	}

	@Test
	void anUnclosedQuoteOrATrailingBackslashIsSaidSo() {
		InvalidCommandLineException unclosed = assertThrows(InvalidCommandLineException.class,
				() -> CommandLines.split("sh -c 'exit 3"));
		assertTrue(unclosed.getMessage().contains("position 7"), unclosed::getMessage);
		assertThrows(InvalidCommandLineException.class, () -> CommandLines.split("echo \"hi"));
		assertThrows(InvalidCommandLineException.class, () -> CommandLines.split("echo \\"));
	}
}
