package io.kube9.core.internal.changes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;

/**
 * Kubernetes objects as YAML text and back. Reading keeps timestamps as text (the API wants strings, YAML 1.1
 * would make dates of them) and says where a syntax error is (line and column, from 1).
 */
public final class ObjectYaml {

	private ObjectYaml() {
	}

	/** The object as block YAML, two-space indented, lines never folded. */
	public static String dump(JsonObject object) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setSplitLines(false);
		return new Yaml(new Representer(options), options).dump(toJava(object));
	}

	/**
	 * Every document of a text that is a mapping; empty documents are skipped.
	 *
	 * @throws KubeException {@link ErrorKind#INVALID}, naming the line and column of a syntax error, or the
	 *                       document that is no mapping
	 */
	public static List<JsonObject> parseAll(String text, String context) throws KubeException {
		List<JsonObject> objects = new ArrayList<>();
		try {
			int document = 0;
			for (Object loaded : loader().loadAll(text)) {
				document++;
				if (loaded == null) {
					continue;
				}
				if (!(loaded instanceof Map<?, ?>)) {
					throw Errors.of(ErrorKind.INVALID, context, NLS.bind(ChangeMessages.yaml_notAMapping, document));
				}
				objects.add(toJson(loaded).getAsJsonObject());
			}
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
			throw Errors.of(ErrorKind.INVALID, context, mark == null ? problem
					: NLS.bind(ChangeMessages.yaml_syntaxAt, new Object[] { mark.getLine() + 1, mark.getColumn() + 1,
							problem }), e);
		} catch (YAMLException e) {
			throw Errors.of(ErrorKind.INVALID, context, e.getMessage(), e);
		}
		return objects;
	}

	/** The one object of a text; more or fewer documents are an error. */
	public static JsonObject parseOne(String text, String context) throws KubeException {
		List<JsonObject> objects = parseAll(text, context);
		if (objects.size() != 1) {
			throw Errors.of(ErrorKind.INVALID, context, NLS.bind(ChangeMessages.yaml_notOneObject, objects.size()));
		}
		return objects.get(0);
	}

	private static Yaml loader() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextTimestamps());
	}

	/** The default resolver without the timestamp rule: a creationTimestamp stays the string the API wants. */
	private static final class TextTimestamps extends Resolver {
		@Override
		public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp,
				String first, int limit) {
			if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}
	}

	/** Parsed YAML (maps, lists, scalars) as JSON. */
	static JsonElement toJson(Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (value instanceof Map<?, ?> map) {
			JsonObject object = new JsonObject();
			map.forEach((key, member) -> object.add(String.valueOf(key), toJson(member)));
			return object;
		}
		if (value instanceof List<?> list) {
			JsonArray array = new JsonArray();
			list.forEach(item -> array.add(toJson(item)));
			return array;
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof byte[] bytes) {
			return new JsonPrimitive(java.util.Base64.getEncoder().encodeToString(bytes));
		}
		return new JsonPrimitive(String.valueOf(value));
	}

	/** JSON as maps, lists and scalars, for the YAML dumper and the Properties view. */
	public static Object toJava(JsonElement element) {
		if (element == null || element.isJsonNull()) {
			return null;
		}
		if (element.isJsonObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			element.getAsJsonObject().entrySet().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
			return map;
		}
		if (element.isJsonArray()) {
			List<Object> list = new ArrayList<>();
			element.getAsJsonArray().forEach(item -> list.add(toJava(item)));
			return list;
		}
		JsonPrimitive primitive = element.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return primitive.getAsBoolean();
		}
		if (primitive.isNumber()) {
			BigDecimal number = primitive.getAsBigDecimal();
			if (number.scale() <= 0) {
				BigInteger integer = number.toBigIntegerExact();
				return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
			}
			return number.doubleValue();
		}
		return primitive.getAsString();
	}
}
