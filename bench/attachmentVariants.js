/**
 * The alternatives bench/attachment.ts compares with the node's streamed multipart body. Each is
 * appended to a copy of the built transport/multipart.js, replacing readBinaryFile and
 * streamedMultipartBody (create.js calls them through the module's exports).
 * FORM_DATA_PATH is replaced with the absolute path of the form-data package.
 */
exports.blob = `
// Node's own FormData with each file as a Blob: a Blob can only be made from bytes in memory.
exports.readBinaryFile = async function (context, propertyName) {
	const binary = context.getInputData().binary[propertyName];
	const bytes = await context.helpers.getBinaryDataBuffer(propertyName);
	return { fileName: binary.fileName, mimeType: binary.mimeType, size: bytes.length, bytes };
};
exports.streamedMultipartBody = function (fields, files) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	for (const [name, file] of files) form.append(name, new Blob([file.bytes], { type: file.mimeType }), file.fileName);
	return form;
};
`;

exports.formData = `
// The form-data npm package, streaming the file from n8n's binary storage.
const FormDataPackage = require(FORM_DATA_PATH);
exports.readBinaryFile = async function (context, propertyName) {
	const binary = context.getInputData().binary[propertyName];
	if (binary.id) {
		const { fileSize } = await context.helpers.getBinaryMetadata(binary.id);
		return { fileName: binary.fileName, mimeType: binary.mimeType, size: fileSize, source: await context.helpers.getBinaryStream(binary.id) };
	}
	const bytes = await context.helpers.getBinaryDataBuffer(propertyName);
	return { fileName: binary.fileName, mimeType: binary.mimeType, size: bytes.length, source: bytes };
};
exports.streamedMultipartBody = function (fields, files) {
	const form = new FormDataPackage();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	for (const [name, file] of files) form.append(name, file.source, { filename: file.fileName, contentType: file.mimeType, knownLength: file.size });
	return form;
};
`;
