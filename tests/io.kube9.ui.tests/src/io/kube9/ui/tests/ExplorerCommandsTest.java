package io.kube9.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.ui.internal.ExplorerCommands;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;

/** The explorer's commands as plugin.xml wires them: enabled for what they act on, doing what they say. */
class ExplorerCommandsTest {

	private static final ClusterNode ALPHA = new ClusterNode("alpha");
	private static final ClusterNode BETA = new ClusterNode("beta");

	@TempDir
	Path directory;

	private ExplorerFixture explorer;

	@BeforeEach
	void open() throws Exception {
		Path kubeconfig = directory.resolve("config");
		TestKubeconfigs.writeRefused(kubeconfig, "alpha", "alpha", "beta");
		explorer = ExplorerFixture.open(kubeconfig);
		explorer.clusters(2);
	}

	@AfterEach
	void close() {
		explorer.close();
	}

	@Test
	void commandsAreEnabledForWhatTheyActOn() {
		Commands.select(explorer.explorer(), BETA);
		assertTrue(Commands.enabled(ExplorerCommands.SET_CURRENT_CONTEXT));
		assertTrue(Commands.enabled(ExplorerCommands.COPY_NAME));
		assertTrue(Commands.enabled(ExplorerCommands.TOGGLE_ALL_NAMESPACES));
		assertFalse(Commands.enabled(ExplorerCommands.SET_ACTIVE_NAMESPACE));
		assertFalse(Commands.enabled(ExplorerCommands.OPEN_YAML));
		assertFalse(Commands.enabled(ExplorerCommands.RETRY));

		Commands.select(explorer.explorer(), ALPHA);
		assertFalse(Commands.enabled(ExplorerCommands.SET_CURRENT_CONTEXT), "alpha is current already");

		ErrorNode error = (ErrorNode) explorer.expand(ALPHA).get(0);
		Commands.select(explorer.explorer(), error);
		assertTrue(Commands.enabled(ExplorerCommands.RETRY));
		assertFalse(Commands.enabled(ExplorerCommands.COPY_NAME));
		assertTrue(Commands.enabled(ExplorerCommands.REFRESH));
	}

	@Test
	void copyNameCopiesTheContexts() throws Exception {
		Commands.run(explorer.explorer(), ExplorerCommands.COPY_NAME, ALPHA, BETA);
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals("alpha" + System.lineSeparator() + "beta", clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void allNamespacesIsAChoicePerCluster() throws Exception {
		Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ALPHA);
		UiWait.until("alpha to list all namespaces", () -> explorer.item(ALPHA).getText().contains("all namespaces"));
		assertTrue(explorer.model().scopes().allNamespaces("alpha"));
		assertTrue(explorer.item(BETA).getText().contains("demo"), explorer.item(BETA).getText());

		Commands.run(explorer.explorer(), ExplorerCommands.TOGGLE_ALL_NAMESPACES, ALPHA);
		UiWait.until("alpha back to its namespace", () -> explorer.item(ALPHA).getText().contains("demo"));
		assertFalse(explorer.model().scopes().allNamespaces("alpha"));
	}

	@Test
	void theIdesKeysReachTheExplorersHandlers() throws Exception {
		Commands.select(explorer.explorer(), ALPHA, BETA);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(IWorkbenchCommandConstants.EDIT_COPY, boundTo(bindings, "M1+C"));
		assertEquals(IWorkbenchCommandConstants.EDIT_DELETE, boundTo(bindings, "DEL"));
		assertEquals(IWorkbenchCommandConstants.FILE_PROPERTIES, boundTo(bindings, "M3+ENTER"));
		assertEquals(ExplorerCommands.OPEN_YAML, boundTo(bindings, "F3"));
		assertEquals(ExplorerCommands.REFRESH, boundTo(bindings, "F5"));

		assertTrue(Commands.enabled(IWorkbenchCommandConstants.EDIT_COPY));
		assertFalse(Commands.enabled(IWorkbenchCommandConstants.EDIT_DELETE), "clusters are not deleted");
		assertFalse(Commands.enabled(ExplorerCommands.OPEN_YAML), "a cluster has no YAML");
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			clipboard.setContents(new Object[] { "before" }, new Transfer[] { TextTransfer.getInstance() });
			Commands.run(explorer.explorer(), IWorkbenchCommandConstants.EDIT_COPY, BETA);
			assertEquals("beta", clipboard.getContents(TextTransfer.getInstance()), "Ctrl+C copies the name");
		} finally {
			clipboard.dispose();
		}

		IWorkbenchPage page = explorer.explorer().getSite().getPage();
		IViewPart before = page.findView(IPageLayout.ID_PROP_SHEET);
		if (before != null) {
			page.hideView(before);
		}
		Commands.select(explorer.explorer(), BETA);
		assertTrue(Commands.enabled(IWorkbenchCommandConstants.FILE_PROPERTIES));
		Commands.run(explorer.explorer(), IWorkbenchCommandConstants.FILE_PROPERTIES, BETA);
		IViewPart properties = page.findView(IPageLayout.ID_PROP_SHEET);
		assertNotNull(properties, "Alt+Enter shows the Properties view");
		page.hideView(properties);
	}

	/** The command a key sequence runs with the explorer active. */
	private static String boundTo(IBindingService bindings, String keys) throws ParseException {
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
		assertNotNull(binding, keys + " is bound to nothing");
		return binding.getParameterizedCommand().getId();
	}
}
