package io.kube9.core.internal.source;

import java.util.Arrays;

/**
 * The fields of a Kubernetes protobuf message that a listing keeps: per field number, the member name the field has
 * in the JSON form and how to read it. Every other field is skipped unread. Protobuf never renumbers a field, so the
 * numbers (from the API's generated.proto files) hold across server versions.
 */
final class ProtoShape {

	enum Type {
		TEXT, BOOLEAN, INTEGER, MESSAGE
	}

	record Field(String name, Type type, boolean repeated, ProtoShape shape) {
	}

	private Field[] fields = new Field[0];

	static ProtoShape of() {
		return new ProtoShape();
	}

	/** The field with this number, or null when the listing does not keep it. */
	Field field(int number) {
		return number < fields.length ? fields[number] : null;
	}

	ProtoShape text(int number, String name) {
		return add(number, new Field(name, Type.TEXT, false, null));
	}

	ProtoShape bool(int number, String name) {
		return add(number, new Field(name, Type.BOOLEAN, false, null));
	}

	ProtoShape integer(int number, String name) {
		return add(number, new Field(name, Type.INTEGER, false, null));
	}

	ProtoShape message(int number, String name, ProtoShape shape) {
		return add(number, new Field(name, Type.MESSAGE, false, shape));
	}

	ProtoShape messages(int number, String name, ProtoShape shape) {
		return add(number, new Field(name, Type.MESSAGE, true, shape));
	}

	/** Built once, in static initialisers, and only read afterwards. */
	private ProtoShape add(int number, Field field) {
		if (number >= fields.length) {
			fields = Arrays.copyOf(fields, number + 1);
		}
		fields[number] = field;
		return this;
	}
}
