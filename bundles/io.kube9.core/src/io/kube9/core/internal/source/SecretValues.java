package io.kube9.core.internal.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;

/** A Secret's base64 values as text for reading, and the comment that tells the reader what they see. */
final class SecretValues {

	private SecretValues() {
	}

	/** The value decoded, when it is base64 of UTF-8 text; null when it is not (a key store, an image). */
	static String text(JsonElement value) {
		if (value == null || !value.isJsonPrimitive()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(value.getAsString());
		} catch (IllegalArgumentException e) {
			return null;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ? text : null;
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/** YAML comment lines: decoded for reading, and which values stayed base64. */
	static String header(List<String> binary) {
		String header = SecretValueMessages.secretValues_decoded + "\n"; //$NON-NLS-1$
		if (!binary.isEmpty()) {
			header += NLS.bind(SecretValueMessages.secretValues_binary, String.join(", ", binary)) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return header;
	}
}
