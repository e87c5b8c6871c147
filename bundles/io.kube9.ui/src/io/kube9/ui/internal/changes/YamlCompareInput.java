package io.kube9.ui.internal.changes;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.kube9.core.changes.ApplyPreview;

/** The object as it is on the server (left) against what the apply would make of it (right), read-only. */
final class YamlCompareInput extends CompareEditorInput {

	private final String live;
	private final String result;

	private YamlCompareInput(CompareConfiguration configuration, String live, String result) {
		super(configuration);
		this.live = live;
		this.result = result;
	}

	/** The preview's live object against its dry-run result, as a read-only compare viewer in {@code parent}. */
	static Control createViewer(Composite parent, ApplyPreview preview) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(preview.creates() ? ChangeMessages.compare_liveMissing
				: NLS.bind(ChangeMessages.compare_live, preview.liveResourceVersion()));
		configuration.setRightLabel(ChangeMessages.compare_result);
		YamlCompareInput input = new YamlCompareInput(configuration, preview.creates() ? "" : preview.liveYaml(), //$NON-NLS-1$
				preview.resultYaml());
		try {
			input.run(new NullProgressMonitor());
		} catch (InvocationTargetException | InterruptedException e) {
			// Both texts are in memory: preparing them cannot fail or wait.
			throw new IllegalStateException(e);
		}
		return input.createContents(parent);
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		CompareConfiguration configuration = getCompareConfiguration();
		return new DiffNode(null, Differencer.CHANGE, null, new Text(configuration.getLeftLabel(null), live),
				new Text(configuration.getRightLabel(null), result));
	}

	/** One side: YAML text. */
	private record Text(String name, String yaml) implements ITypedElement, IStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
		}
	}
}
