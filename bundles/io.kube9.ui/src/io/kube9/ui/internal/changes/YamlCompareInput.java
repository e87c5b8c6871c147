package io.kube9.ui.internal.changes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/** The object as it is on the server (left) against what the apply would make of it (right), read-only. */
final class YamlCompareInput extends CompareEditorInput {

	private final String live;
	private final String result;

	YamlCompareInput(CompareConfiguration configuration, String live, String result) {
		super(configuration);
		this.live = live;
		this.result = result;
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
