package io.kube9.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message field of core's NLS classes has its text in the properties file (none shows "NLS missing"). */
class NlsMessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "io.kube9.core.internal.errors.Messages", "io.kube9.core.internal.client.ClientMessages",
			"io.kube9.core.internal.kubeconfig.KubeconfigMessages", "io.kube9.core.internal.source.SourceMessages",
			"io.kube9.core.internal.source.SummaryMessages", "io.kube9.core.internal.status.StatusMessages",
			"io.kube9.core.internal.logs.LogMessages", "io.kube9.core.internal.describe.DescribeMessages",
			"io.kube9.core.internal.forward.ForwardMessages",
			"io.kube9.core.internal.performance.PerformanceMessages", "io.kube9.core.internal.shell.ShellMessages" })
	void everyMessageHasItsText(String className) throws Exception {
		List<String> missing = new ArrayList<>();
		for (Field field : Class.forName(className).getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String text = (String) field.get(null);
				if (text == null || text.isBlank() || text.startsWith("NLS missing message")) {
					missing.add(field.getName());
				}
			}
		}
		assertEquals(List.of(), missing, className);
	}
}
