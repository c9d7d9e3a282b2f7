// GENERATED FILE, do not edit: made from schemas/*.json by ajv 8.20.0; regenerate with `nox -s codegen`.
/**
 * One failure reported by a compiled validator.
 * @typedef {{instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>}} CompiledError
 */
/**
 * A compiled validator: true when the value is valid, otherwise false with `errors` set.
 * @typedef {((data: unknown) => boolean) & {errors?: CompiledError[] | null}} CompiledValidator
 */
/** @type {CompiledValidator} */
export const start = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/run_start.json","title":"RunStart","description":"Opens a run: the first document of every run, recording what was intended, on what sample, by whom and when. Every later document of the run points back to its uid.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this run, unique across all runs ever recorded; the other documents of the run refer to it."},"time":{"type":"number","description":"When the run began, as seconds since the UNIX epoch (UTC)."},"scan_id":{"type":"integer","description":"A short, human-friendly number for the run, usually counting up at a facility; unlike uid it need not be unique."},"owner":{"type":"string","description":"The account or person that started the run."},"group":{"type":"string","description":"The group, proposal team or facility unit that the run belongs to, for access control."},"project":{"type":"string","description":"The scientific project that the run is part of."},"sample":{"description":"What was measured: a free-text sample name, or an object of sample metadata (name, composition, ...).","anyOf":[{"type":"object","additionalProperties":true},{"type":"string"}]},"data_session":{"type":"string","description":"The experiment session (a proposal, beamtime or visit identifier) under which the data were taken, used to grant access."},"data_groups":{"type":"array","description":"Names of the groups that may read the data of this run.","items":{"type":"string"}},"data_type":{"$ref":"#/$defs/DataType","description":"Extra metadata under this key must not use '.' or '/' in the names of nested keys."},"hints":{"$ref":"#/$defs/Hints","description":"Suggestions for viewers about how to present the run, such as which fields are its independent axes."},"projections":{"type":"array","description":"Maps from the fields of this run onto the layout of an external standard or file format (for example a NeXus application definition).","items":{"$ref":"#/$defs/Projections"}}},"required":["uid","time"],"patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false,"$defs":{"DataType":{"title":"DataType","description":"Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.","patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false},"Hints":{"title":"Hints","description":"Presentation hints for the whole run. Keys other than dimensions are allowed but must not contain '.'.","type":"object","patternProperties":{"^([^.]+)\\n?$":{"$ref":"#/$defs/DataType"}},"properties":{"dimensions":{"type":"array","description":"The independent axes of the run: each entry pairs a list of field names with the name of the stream they are read from, e.g. [[\"motor\"], \"primary\"].","items":{"type":"array","items":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}]}}}},"additionalProperties":false},"Projections":{"title":"Projections","description":"One projection: how to lay the fields of this run out in a named external format.","type":"object","properties":{"name":{"type":"string","description":"Name of the projection, for people choosing among several."},"version":{"type":"string","description":"Version of the projection, so readers can tell layouts apart as they evolve."},"configuration":{"type":"object","description":"Settings that the program applying the projection needs.","additionalProperties":true},"projection":{"type":"object","description":"For each destination path in the target format, where its value comes from.","additionalProperties":{"anyOf":[{"$ref":"#/$defs/ConfigurationProjection"},{"$ref":"#/$defs/LinkedEventProjection"},{"$ref":"#/$defs/CalculatedEventProjection"},{"$ref":"#/$defs/StaticProjection"}]}}},"required":["configuration","projection","version"]},"ConfigurationProjection":{"title":"ConfigurationProjection","description":"Takes a value from a device's configuration as recorded in one stream's descriptor.","type":"object","properties":{"type":{"type":"string","const":"linked","description":"Always 'linked': the value is read from the run, not computed."},"location":{"type":"string","const":"configuration","description":"Always 'configuration': the value lives in a descriptor's configuration."},"stream":{"type":"string","description":"Name of the stream whose descriptor holds the configuration."},"config_index":{"type":"integer","description":"Which of the stream's descriptors to read, counting from 0, when the stream has several."},"config_device":{"type":"string","description":"The device whose configuration holds the field."},"field":{"type":"string","description":"The configuration field to read."}},"required":["type","location","stream","config_index","config_device","field"]},"LinkedEventProjection":{"title":"LinkedEventProjection","description":"Takes the values of one field of a stream's events.","type":"object","properties":{"type":{"type":"string","const":"linked","description":"Always 'linked': the values are read from the run, not computed."},"location":{"type":"string","const":"event","description":"Always 'event': the values come from event data."},"stream":{"type":"string","description":"Name of the stream whose events hold the field."},"field":{"type":"string","description":"The data key to read from each event."}},"required":["type","location","stream","field"]},"CalculatedEventProjection":{"title":"CalculatedEventProjection","description":"Computes values from one field of a stream's events with a named function.","type":"object","properties":{"type":{"type":"string","const":"calculated","description":"Always 'calculated': the values are the output of a function."},"location":{"type":"string","const":"event","description":"Always 'event': the function's input comes from event data."},"stream":{"type":"string","description":"Name of the stream whose events are the input."},"field":{"type":"string","description":"The data key passed to the function."},"calculation":{"$ref":"#/$defs/Calculation","description":"The function to apply and its extra arguments."}},"required":["type","location","stream","field","calculation"]},"StaticProjection":{"title":"StaticProjection","description":"A fixed value written as is.","type":"object","properties":{"type":{"type":"string","const":"static","description":"Always 'static': the value is given here."},"value":{"description":"The value to write."}},"required":["type","value"]},"Calculation":{"title":"Calculation","description":"A function, named by import path, with arguments to call it with.","type":"object","properties":{"callable":{"type":"string","description":"Import path of the function, as 'package.module:function' or 'package.module.function'."},"args":{"type":"array","description":"Positional arguments passed after the input values.","items":{}},"kwargs":{"type":"object","description":"Keyword arguments passed to the function.","additionalProperties":true}},"required":["callable"],"additionalProperties":true}}};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^([^./]+)\\n?$", "u");
const schema32 = {"title":"DataType","description":"Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.","patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false};
const wrapper0 = {validate: validate21};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs0 = errors;
for(const key0 in data){
if(!(pattern4.test(key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs0 === errors){
var valid0 = true;
for(const key1 in data){
if(pattern4.test(key1)){
const _errs1 = errors;
if(!(wrapper0.validate(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema33 = {"title":"Hints","description":"Presentation hints for the whole run. Keys other than dimensions are allowed but must not contain '.'.","type":"object","patternProperties":{"^([^.]+)\\n?$":{"$ref":"#/$defs/DataType"}},"properties":{"dimensions":{"type":"array","description":"The independent axes of the run: each entry pairs a list of field names with the name of the stream they are read from, e.g. [[\"motor\"], \"primary\"].","items":{"type":"array","items":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}]}}}},"additionalProperties":false};
const pattern7 = new RegExp("^([^.]+)\\n?$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "dimensions") || (pattern7.test(key0)))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.dimensions !== undefined){
let data0 = data.dimensions;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid2 = true;
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
const _errs6 = errors;
const _errs7 = errors;
let valid3 = false;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
var valid4 = true;
const len2 = data2.length;
for(let i2=0; i2<len2; i2++){
const _errs10 = errors;
if(typeof data2[i2] !== "string"){
const err0 = {instancePath:instancePath+"/dimensions/" + i0+"/" + i1+"/" + i2,schemaPath:"#/properties/dimensions/items/items/anyOf/0/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs10 === errors;
if(!valid4){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/dimensions/" + i0+"/" + i1,schemaPath:"#/properties/dimensions/items/items/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
const _errs12 = errors;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/dimensions/" + i0+"/" + i1,schemaPath:"#/properties/dimensions/items/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err3 = {instancePath:instancePath+"/dimensions/" + i0+"/" + i1,schemaPath:"#/properties/dimensions/items/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/dimensions/" + i0,schemaPath:"#/properties/dimensions/items/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/dimensions",schemaPath:"#/properties/dimensions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid5 = true;
for(const key1 in data){
if(pattern7.test(key1)){
const _errs14 = errors;
if(!(validate21(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid5 = _errs14 === errors;
if(!valid5){
break;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"title":"Projections","description":"One projection: how to lay the fields of this run out in a named external format.","type":"object","properties":{"name":{"type":"string","description":"Name of the projection, for people choosing among several."},"version":{"type":"string","description":"Version of the projection, so readers can tell layouts apart as they evolve."},"configuration":{"type":"object","description":"Settings that the program applying the projection needs.","additionalProperties":true},"projection":{"type":"object","description":"For each destination path in the target format, where its value comes from.","additionalProperties":{"anyOf":[{"$ref":"#/$defs/ConfigurationProjection"},{"$ref":"#/$defs/LinkedEventProjection"},{"$ref":"#/$defs/CalculatedEventProjection"},{"$ref":"#/$defs/StaticProjection"}]}}},"required":["configuration","projection","version"]};
const schema35 = {"title":"ConfigurationProjection","description":"Takes a value from a device's configuration as recorded in one stream's descriptor.","type":"object","properties":{"type":{"type":"string","const":"linked","description":"Always 'linked': the value is read from the run, not computed."},"location":{"type":"string","const":"configuration","description":"Always 'configuration': the value lives in a descriptor's configuration."},"stream":{"type":"string","description":"Name of the stream whose descriptor holds the configuration."},"config_index":{"type":"integer","description":"Which of the stream's descriptors to read, counting from 0, when the stream has several."},"config_device":{"type":"string","description":"The device whose configuration holds the field."},"field":{"type":"string","description":"The configuration field to read."}},"required":["type","location","stream","config_index","config_device","field"]};
const schema36 = {"title":"LinkedEventProjection","description":"Takes the values of one field of a stream's events.","type":"object","properties":{"type":{"type":"string","const":"linked","description":"Always 'linked': the values are read from the run, not computed."},"location":{"type":"string","const":"event","description":"Always 'event': the values come from event data."},"stream":{"type":"string","description":"Name of the stream whose events hold the field."},"field":{"type":"string","description":"The data key to read from each event."}},"required":["type","location","stream","field"]};
const schema39 = {"title":"StaticProjection","description":"A fixed value written as is.","type":"object","properties":{"type":{"type":"string","const":"static","description":"Always 'static': the value is given here."},"value":{"description":"The value to write."}},"required":["type","value"]};
const schema37 = {"title":"CalculatedEventProjection","description":"Computes values from one field of a stream's events with a named function.","type":"object","properties":{"type":{"type":"string","const":"calculated","description":"Always 'calculated': the values are the output of a function."},"location":{"type":"string","const":"event","description":"Always 'event': the function's input comes from event data."},"stream":{"type":"string","description":"Name of the stream whose events are the input."},"field":{"type":"string","description":"The data key passed to the function."},"calculation":{"$ref":"#/$defs/Calculation","description":"The function to apply and its extra arguments."}},"required":["type","location","stream","field","calculation"]};
const schema38 = {"title":"Calculation","description":"A function, named by import path, with arguments to call it with.","type":"object","properties":{"callable":{"type":"string","description":"Import path of the function, as 'package.module:function' or 'package.module.function'."},"args":{"type":"array","description":"Positional arguments passed after the input values.","items":{}},"kwargs":{"type":"object","description":"Keyword arguments passed to the function.","additionalProperties":true}},"required":["callable"],"additionalProperties":true};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.location === undefined) && (missing0 = "location"))) || ((data.stream === undefined) && (missing0 = "stream"))) || ((data.field === undefined) && (missing0 = "field"))) || ((data.calculation === undefined) && (missing0 = "calculation"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate27.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("calculated" !== data0){
validate27.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "calculated"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data1 = data.location;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate27.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("event" !== data1){
validate27.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/const",keyword:"const",params:{allowedValue: "event"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream !== undefined){
const _errs5 = errors;
if(typeof data.stream !== "string"){
validate27.errors = [{instancePath:instancePath+"/stream",schemaPath:"#/properties/stream/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.field !== undefined){
const _errs7 = errors;
if(typeof data.field !== "string"){
validate27.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.calculation !== undefined){
let data4 = data.calculation;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.callable === undefined) && (missing1 = "callable")){
validate27.errors = [{instancePath:instancePath+"/calculation",schemaPath:"#/$defs/Calculation/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data4.callable !== undefined){
const _errs13 = errors;
if(typeof data4.callable !== "string"){
validate27.errors = [{instancePath:instancePath+"/calculation/callable",schemaPath:"#/$defs/Calculation/properties/callable/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.args !== undefined){
const _errs15 = errors;
if(errors === _errs15){
if(!(Array.isArray(data4.args))){
validate27.errors = [{instancePath:instancePath+"/calculation/args",schemaPath:"#/$defs/Calculation/properties/args/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.kwargs !== undefined){
let data7 = data4.kwargs;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
validate27.errors = [{instancePath:instancePath+"/calculation/kwargs",schemaPath:"#/$defs/Calculation/properties/kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/calculation",schemaPath:"#/$defs/Calculation/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"type":true,"location":true,"stream":true,"field":true,"calculation":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.configuration === undefined) && (missing0 = "configuration")) || ((data.projection === undefined) && (missing0 = "projection"))) || ((data.version === undefined) && (missing0 = "version"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
const _errs3 = errors;
if(typeof data.version !== "string"){
validate26.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configuration !== undefined){
let data2 = data.configuration;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate26.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projection !== undefined){
let data3 = data.projection;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key0 in data3){
let data4 = data3[key0];
const _errs11 = errors;
const _errs12 = errors;
let valid2 = false;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((((((data4.type === undefined) && (missing1 = "type")) || ((data4.location === undefined) && (missing1 = "location"))) || ((data4.stream === undefined) && (missing1 = "stream"))) || ((data4.config_index === undefined) && (missing1 = "config_index"))) || ((data4.config_device === undefined) && (missing1 = "config_device"))) || ((data4.field === undefined) && (missing1 = "field"))){
const err0 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ConfigurationProjection/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
let data5 = data4.type;
const _errs16 = errors;
if(typeof data5 !== "string"){
const err1 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/ConfigurationProjection/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("linked" !== data5){
const err2 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/ConfigurationProjection/properties/type/const",keyword:"const",params:{allowedValue: "linked"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.location !== undefined){
let data6 = data4.location;
const _errs18 = errors;
if(typeof data6 !== "string"){
const err3 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/ConfigurationProjection/properties/location/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("configuration" !== data6){
const err4 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/ConfigurationProjection/properties/location/const",keyword:"const",params:{allowedValue: "configuration"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.stream !== undefined){
const _errs20 = errors;
if(typeof data4.stream !== "string"){
const err5 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/stream",schemaPath:"#/$defs/ConfigurationProjection/properties/stream/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.config_index !== undefined){
let data8 = data4.config_index;
const _errs22 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err6 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config_index",schemaPath:"#/$defs/ConfigurationProjection/properties/config_index/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.config_device !== undefined){
const _errs24 = errors;
if(typeof data4.config_device !== "string"){
const err7 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/config_device",schemaPath:"#/$defs/ConfigurationProjection/properties/config_device/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.field !== undefined){
const _errs26 = errors;
if(typeof data4.field !== "string"){
const err8 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/field",schemaPath:"#/$defs/ConfigurationProjection/properties/field/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ConfigurationProjection/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = {};
props0.type = true;
props0.location = true;
props0.stream = true;
props0.config_index = true;
props0.config_device = true;
props0.field = true;
}
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if(((((data4.type === undefined) && (missing2 = "type")) || ((data4.location === undefined) && (missing2 = "location"))) || ((data4.stream === undefined) && (missing2 = "stream"))) || ((data4.field === undefined) && (missing2 = "field"))){
const err10 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/LinkedEventProjection/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data4.type !== undefined){
let data11 = data4.type;
const _errs31 = errors;
if(typeof data11 !== "string"){
const err11 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/LinkedEventProjection/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("linked" !== data11){
const err12 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/LinkedEventProjection/properties/type/const",keyword:"const",params:{allowedValue: "linked"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.location !== undefined){
let data12 = data4.location;
const _errs33 = errors;
if(typeof data12 !== "string"){
const err13 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/LinkedEventProjection/properties/location/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("event" !== data12){
const err14 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/location",schemaPath:"#/$defs/LinkedEventProjection/properties/location/const",keyword:"const",params:{allowedValue: "event"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.stream !== undefined){
const _errs35 = errors;
if(typeof data4.stream !== "string"){
const err15 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/stream",schemaPath:"#/$defs/LinkedEventProjection/properties/stream/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.field !== undefined){
const _errs37 = errors;
if(typeof data4.field !== "string"){
const err16 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/field",schemaPath:"#/$defs/LinkedEventProjection/properties/field/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/LinkedEventProjection/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.location = true;
props0.stream = true;
props0.field = true;
}
}
const _errs39 = errors;
if(!(validate27(data4, {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid0 = _errs39 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.location = true;
props0.stream = true;
props0.field = true;
props0.calculation = true;
}
}
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing3;
if(((data4.type === undefined) && (missing3 = "type")) || ((data4.value === undefined) && (missing3 = "value"))){
const err18 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/StaticProjection/required",keyword:"required",params:{missingProperty: missing3}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data4.type !== undefined){
let data15 = data4.type;
if(typeof data15 !== "string"){
const err19 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/StaticProjection/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("static" !== data15){
const err20 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/StaticProjection/properties/type/const",keyword:"const",params:{allowedValue: "static"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/StaticProjection/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid0 = _errs40 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.value = true;
}
}
if(!valid2){
const err22 = {instancePath:instancePath+"/projection/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/projection/additionalProperties/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate26.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/projection",schemaPath:"#/properties/projection/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"name":true,"version":true,"configuration":true,"projection":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/run_start.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.uid === undefined) && (missing0 = "uid")) || ((data.time === undefined) && (missing0 = "time"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uid !== undefined){
const _errs2 = errors;
if(typeof data.uid !== "string"){
validate20.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data1 = data.time;
const _errs4 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate20.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scan_id !== undefined){
let data2 = data.scan_id;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate20.errors = [{instancePath:instancePath+"/scan_id",schemaPath:"#/properties/scan_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owner !== undefined){
const _errs8 = errors;
if(typeof data.owner !== "string"){
validate20.errors = [{instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.group !== undefined){
const _errs10 = errors;
if(typeof data.group !== "string"){
validate20.errors = [{instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.project !== undefined){
const _errs12 = errors;
if(typeof data.project !== "string"){
validate20.errors = [{instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sample !== undefined){
let data6 = data.sample;
const _errs14 = errors;
const _errs15 = errors;
let valid1 = false;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
const err0 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
const _errs19 = errors;
if(typeof data6 !== "string"){
const err1 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {instancePath:instancePath+"/sample",schemaPath:"#/properties/sample/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate20.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_session !== undefined){
const _errs21 = errors;
if(typeof data.data_session !== "string"){
validate20.errors = [{instancePath:instancePath+"/data_session",schemaPath:"#/properties/data_session/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_groups !== undefined){
let data8 = data.data_groups;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data8)){
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs25 = errors;
if(typeof data8[i0] !== "string"){
validate20.errors = [{instancePath:instancePath+"/data_groups/" + i0,schemaPath:"#/properties/data_groups/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs25 === errors;
if(!valid2){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/data_groups",schemaPath:"#/properties/data_groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_type !== undefined){
const _errs27 = errors;
if(!(validate21(data.data_type, {instancePath:instancePath+"/data_type",parentData:data,parentDataProperty:"data_type",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hints !== undefined){
const _errs28 = errors;
if(!(validate23(data.hints, {instancePath:instancePath+"/hints",parentData:data,parentDataProperty:"hints",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projections !== undefined){
let data12 = data.projections;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data12)){
var valid3 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs31 = errors;
if(!(validate26(data12[i1], {instancePath:instancePath+"/projections/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid3 = _errs31 === errors;
if(!valid3){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/projections",schemaPath:"#/properties/projections/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid4 = true;
for(const key1 in data){
if(pattern4.test(key1)){
const _errs32 = errors;
if(!(validate21(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid4 = _errs32 === errors;
if(!valid4){
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const stop = validate31;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/run_stop.json","title":"RunStop","description":"Closes a run: the last document of every run, saying how it ended and how many events each stream holds.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this stop document, unique across all documents."},"time":{"type":"number","description":"When the run ended, as seconds since the UNIX epoch (UTC)."},"run_start":{"type":"string","description":"The uid of the run start document of the run this document closes."},"exit_status":{"type":"string","enum":["success","abort","fail"],"description":"How the run ended: 'success' when the plan completed, 'abort' when a person stopped it, 'fail' when an error ended it."},"reason":{"type":"string","description":"In words, why the run ended this way (usually the error message of a failed run)."},"num_events":{"type":"object","description":"For each stream name, the number of events emitted into it.","additionalProperties":{"type":"integer"}},"data_type":{"$ref":"#/$defs/DataType","description":"Extra metadata under this key must not use '.' or '/' in the names of nested keys."}},"required":["uid","time","run_start","exit_status"],"patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false,"$defs":{"DataType":{"title":"DataType","description":"Any value: extra metadata attached to the stop document."}}};
const schema41 = {"title":"DataType","description":"Any value: extra metadata attached to the stop document."};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/run_stop.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.uid === undefined) && (missing0 = "uid")) || ((data.time === undefined) && (missing0 = "time"))) || ((data.run_start === undefined) && (missing0 = "run_start"))) || ((data.exit_status === undefined) && (missing0 = "exit_status"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "uid") || (key0 === "time")) || (key0 === "run_start")) || (key0 === "exit_status")) || (key0 === "reason")) || (key0 === "num_events")) || (key0 === "data_type")) || (pattern4.test(key0)))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uid !== undefined){
const _errs2 = errors;
if(typeof data.uid !== "string"){
validate31.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data1 = data.time;
const _errs4 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate31.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run_start !== undefined){
const _errs6 = errors;
if(typeof data.run_start !== "string"){
validate31.errors = [{instancePath:instancePath+"/run_start",schemaPath:"#/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exit_status !== undefined){
let data3 = data.exit_status;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate31.errors = [{instancePath:instancePath+"/exit_status",schemaPath:"#/properties/exit_status/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data3 === "success") || (data3 === "abort")) || (data3 === "fail"))){
validate31.errors = [{instancePath:instancePath+"/exit_status",schemaPath:"#/properties/exit_status/enum",keyword:"enum",params:{allowedValues: schema40.properties.exit_status.enum}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
const _errs10 = errors;
if(typeof data.reason !== "string"){
validate31.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.num_events !== undefined){
let data5 = data.num_events;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate31.errors = [{instancePath:instancePath+"/num_events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/num_events/additionalProperties/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid1 = _errs15 === errors;
if(!valid1){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/num_events",schemaPath:"#/properties/num_events/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_type !== undefined){
const _errs17 = errors;
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid3 = true;
for(const key2 in data){
if(pattern4.test(key2)){
const _errs18 = errors;
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const descriptor = validate32;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/event_descriptor.json","title":"EventDescriptor","description":"Describes one stream of events before its first event: the name, type, shape and units of every data key, the configuration of the devices read, and hints for display.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this descriptor, unique across all documents; events of the stream refer to it."},"time":{"type":"number","description":"When the descriptor was created, as seconds since the UNIX epoch (UTC)."},"run_start":{"type":"string","description":"The uid of the run start document of the run this stream belongs to."},"name":{"type":"string","description":"Name of the stream, such as 'primary' or 'baseline'; several descriptors may share a name when their data keys agree."},"data_keys":{"type":"object","description":"For each data key that the events of this stream carry, what it holds.","additionalProperties":{"$ref":"#/$defs/DataKey"}},"configuration":{"type":"object","description":"For each device read in this stream, its configuration readings at the time the descriptor was made.","additionalProperties":{"$ref":"#/$defs/Configuration"}},"hints":{"$ref":"#/$defs/PerObjectHint","description":"Presentation hints for the stream."},"object_keys":{"type":"object","description":"For each device (object) name, the list of data keys it produced.","additionalProperties":true},"object_classes":{"type":"object","description":"For each device (object) name, the Python class that implements it.","additionalProperties":{"type":"string"}}},"required":["uid","time","run_start","data_keys"],"patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false,"$defs":{"DataType":{"title":"DataType","description":"Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.","patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false},"Dtype":{"title":"Dtype","description":"The JSON type of one reading: 'string', 'number', 'array', 'boolean' or 'integer'.","type":"string","enum":["string","number","array","boolean","integer"]},"DtypeNumpy":{"title":"DtypeNumpy","description":"A numpy array-protocol type string: byte order ('<', '>' or '|'), kind character and item size, such as '<f8' or '|u1'.","type":"string","pattern":"[|<>][tbiufcmMOSUV][0-9]+"},"DataKey":{"title":"DataKey","description":"What one data key of a stream holds: where it comes from and the type, shape and units of each reading.","type":"object","properties":{"source":{"type":"string","description":"Where the reading comes from, such as an EPICS PV name prefixed with 'PV:' or 'SIM:' for simulated devices."},"dtype":{"$ref":"#/$defs/Dtype","description":"The JSON type of each reading."},"dtype_numpy":{"description":"The precise numpy type of each reading (or, for structured arrays, a list of [field name, type string] pairs), so readers can rebuild arrays without guessing.","anyOf":[{"$ref":"#/$defs/DtypeNumpy"},{"type":"array","items":{"type":"array","minItems":2,"maxItems":2,"prefixItems":[{"type":"string"},{"$ref":"#/$defs/DtypeNumpy"}]}}]},"shape":{"type":"array","description":"The length of each dimension of one reading; empty for a scalar; null marks a dimension whose length varies.","items":{"anyOf":[{"type":"integer"},{"type":"null"}]}},"dims":{"type":"array","description":"Names of the dimensions of one reading, one per entry of shape.","items":{"type":"string"}},"units":{"description":"The physical units of the reading, such as 'mm' or 'counts', or null when unitless or unknown.","anyOf":[{"type":"string"},{"type":"null"}]},"precision":{"description":"How many decimal places are meaningful when showing the reading, or null when unknown.","anyOf":[{"type":"integer"},{"type":"null"}]},"choices":{"type":"array","description":"For enumerated readings, the names of the allowed values.","items":{"type":"string"}},"external":{"type":"string","description":"Set when the reading is stored outside the events: an upper-case tag such as 'FILESTORE:' (resource and datum) or 'STREAM:' (stream resource and stream datum).","pattern":"^[A-Z]+:?"},"object_name":{"type":"string","description":"Name of the device (object) that produced this data key."},"limits":{"$ref":"#/$defs/Limits","description":"The ranges within which the reading is expected to lie."}},"required":["source","dtype","shape"],"additionalProperties":true},"Limits":{"title":"Limits","description":"The ranges a reading is expected to lie within, as a control system such as EPICS reports them.","type":"object","properties":{"control":{"description":"The range that the device accepts as set point.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"display":{"description":"The range that displays should show.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"warning":{"description":"Outside this range the reading raises a warning.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"alarm":{"description":"Outside this range the reading raises an alarm.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"hysteresis":{"description":"How far the reading must move back inside a range before its warning or alarm clears.","anyOf":[{"type":"number"},{"type":"null"}]},"rds":{"description":"Rate of change that is treated as a real change rather than noise.","anyOf":[{"$ref":"#/$defs/RdsRange"},{"type":"null"}]}},"additionalProperties":false},"LimitsRange":{"title":"LimitsRange","description":"A closed range; either end may be null when unbounded.","type":"object","properties":{"low":{"description":"Lower end of the range, or null.","anyOf":[{"type":"number"},{"type":"null"}]},"high":{"description":"Upper end of the range, or null.","anyOf":[{"type":"number"},{"type":"null"}]}},"required":["low","high"],"additionalProperties":false},"RdsRange":{"title":"RdsRange","description":"Thresholds for a change of a reading to count as significant.","type":"object","properties":{"time_difference":{"type":"number","description":"The time window, in seconds, over which changes are compared."},"value_difference":{"type":"number","description":"The smallest change of value, within that window, that counts."}},"required":["time_difference","value_difference"]},"Configuration":{"title":"Configuration","description":"The configuration readings of one device, laid out like event data.","type":"object","properties":{"data":{"type":"object","description":"The configuration value of each configuration key.","additionalProperties":true},"timestamps":{"type":"object","description":"When each configuration value was read, as seconds since the UNIX epoch.","additionalProperties":true},"data_keys":{"type":"object","description":"What each configuration key holds, as for the data keys of the stream.","additionalProperties":{"$ref":"#/$defs/DataKey"}}},"additionalProperties":true},"PerObjectHint":{"title":"PerObjectHint","description":"Presentation hints for one device (object) of the stream.","type":"object","properties":{"fields":{"type":"array","description":"The data keys of the device most worth showing, most important first.","items":{"type":"string"}},"NX_class":{"type":"string","description":"The NeXus base class that best describes the device, such as 'NXdetector'.","pattern":"^NX[A-Za-z_]+\\n?$"}},"additionalProperties":true}}};
const schema55 = {"title":"PerObjectHint","description":"Presentation hints for one device (object) of the stream.","type":"object","properties":{"fields":{"type":"array","description":"The data keys of the device most worth showing, most important first.","items":{"type":"string"}},"NX_class":{"type":"string","description":"The NeXus base class that best describes the device, such as 'NXdetector'.","pattern":"^NX[A-Za-z_]+\\n?$"}},"additionalProperties":true};
const pattern16 = new RegExp("^NX[A-Za-z_]+\\n?$", "u");
const schema44 = {"title":"DataKey","description":"What one data key of a stream holds: where it comes from and the type, shape and units of each reading.","type":"object","properties":{"source":{"type":"string","description":"Where the reading comes from, such as an EPICS PV name prefixed with 'PV:' or 'SIM:' for simulated devices."},"dtype":{"$ref":"#/$defs/Dtype","description":"The JSON type of each reading."},"dtype_numpy":{"description":"The precise numpy type of each reading (or, for structured arrays, a list of [field name, type string] pairs), so readers can rebuild arrays without guessing.","anyOf":[{"$ref":"#/$defs/DtypeNumpy"},{"type":"array","items":{"type":"array","minItems":2,"maxItems":2,"prefixItems":[{"type":"string"},{"$ref":"#/$defs/DtypeNumpy"}]}}]},"shape":{"type":"array","description":"The length of each dimension of one reading; empty for a scalar; null marks a dimension whose length varies.","items":{"anyOf":[{"type":"integer"},{"type":"null"}]}},"dims":{"type":"array","description":"Names of the dimensions of one reading, one per entry of shape.","items":{"type":"string"}},"units":{"description":"The physical units of the reading, such as 'mm' or 'counts', or null when unitless or unknown.","anyOf":[{"type":"string"},{"type":"null"}]},"precision":{"description":"How many decimal places are meaningful when showing the reading, or null when unknown.","anyOf":[{"type":"integer"},{"type":"null"}]},"choices":{"type":"array","description":"For enumerated readings, the names of the allowed values.","items":{"type":"string"}},"external":{"type":"string","description":"Set when the reading is stored outside the events: an upper-case tag such as 'FILESTORE:' (resource and datum) or 'STREAM:' (stream resource and stream datum).","pattern":"^[A-Z]+:?"},"object_name":{"type":"string","description":"Name of the device (object) that produced this data key."},"limits":{"$ref":"#/$defs/Limits","description":"The ranges within which the reading is expected to lie."}},"required":["source","dtype","shape"],"additionalProperties":true};
const schema45 = {"title":"Dtype","description":"The JSON type of one reading: 'string', 'number', 'array', 'boolean' or 'integer'.","type":"string","enum":["string","number","array","boolean","integer"]};
const schema46 = {"title":"DtypeNumpy","description":"A numpy array-protocol type string: byte order ('<', '>' or '|'), kind character and item size, such as '<f8' or '|u1'.","type":"string","pattern":"[|<>][tbiufcmMOSUV][0-9]+"};
const pattern13 = new RegExp("[|<>][tbiufcmMOSUV][0-9]+", "u");
const pattern15 = new RegExp("^[A-Z]+:?", "u");
const schema48 = {"title":"Limits","description":"The ranges a reading is expected to lie within, as a control system such as EPICS reports them.","type":"object","properties":{"control":{"description":"The range that the device accepts as set point.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"display":{"description":"The range that displays should show.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"warning":{"description":"Outside this range the reading raises a warning.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"alarm":{"description":"Outside this range the reading raises an alarm.","anyOf":[{"$ref":"#/$defs/LimitsRange"},{"type":"null"}]},"hysteresis":{"description":"How far the reading must move back inside a range before its warning or alarm clears.","anyOf":[{"type":"number"},{"type":"null"}]},"rds":{"description":"Rate of change that is treated as a real change rather than noise.","anyOf":[{"$ref":"#/$defs/RdsRange"},{"type":"null"}]}},"additionalProperties":false};
const schema49 = {"title":"LimitsRange","description":"A closed range; either end may be null when unbounded.","type":"object","properties":{"low":{"description":"Lower end of the range, or null.","anyOf":[{"type":"number"},{"type":"null"}]},"high":{"description":"Upper end of the range, or null.","anyOf":[{"type":"number"},{"type":"null"}]}},"required":["low","high"],"additionalProperties":false};
const schema53 = {"title":"RdsRange","description":"Thresholds for a change of a reading to count as significant.","type":"object","properties":{"time_difference":{"type":"number","description":"The time window, in seconds, over which changes are compared."},"value_difference":{"type":"number","description":"The smallest change of value, within that window, that counts."}},"required":["time_difference","value_difference"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "control") || (key0 === "display")) || (key0 === "warning")) || (key0 === "alarm")) || (key0 === "hysteresis")) || (key0 === "rds"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.control !== undefined){
let data0 = data.control;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if(((data0.low === undefined) && (missing0 = "low")) || ((data0.high === undefined) && (missing0 = "high"))){
const err0 = {instancePath:instancePath+"/control",schemaPath:"#/$defs/LimitsRange/required",keyword:"required",params:{missingProperty: missing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs7 = errors;
for(const key1 in data0){
if(!((key1 === "low") || (key1 === "high"))){
const err1 = {instancePath:instancePath+"/control",schemaPath:"#/$defs/LimitsRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs7 === errors){
if(data0.low !== undefined){
let data1 = data0.low;
const _errs8 = errors;
const _errs9 = errors;
let valid4 = false;
const _errs10 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/control/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid4 = valid4 || _valid1;
const _errs12 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/control/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err4 = {instancePath:instancePath+"/control/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.high !== undefined){
let data2 = data0.high;
const _errs14 = errors;
const _errs15 = errors;
let valid5 = false;
const _errs16 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/control/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid5 = valid5 || _valid2;
const _errs18 = errors;
if(data2 !== null){
const err6 = {instancePath:instancePath+"/control/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err7 = {instancePath:instancePath+"/control/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/control",schemaPath:"#/$defs/LimitsRange/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs20 = errors;
if(data0 !== null){
const err9 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/control",schemaPath:"#/properties/control/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.display !== undefined){
let data3 = data.display;
const _errs22 = errors;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.low === undefined) && (missing1 = "low")) || ((data3.high === undefined) && (missing1 = "high"))){
const err11 = {instancePath:instancePath+"/display",schemaPath:"#/$defs/LimitsRange/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
const _errs27 = errors;
for(const key2 in data3){
if(!((key2 === "low") || (key2 === "high"))){
const err12 = {instancePath:instancePath+"/display",schemaPath:"#/$defs/LimitsRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
}
if(_errs27 === errors){
if(data3.low !== undefined){
let data4 = data3.low;
const _errs28 = errors;
const _errs29 = errors;
let valid9 = false;
const _errs30 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/display/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs30 === errors;
valid9 = valid9 || _valid4;
const _errs32 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/display/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs32 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const err15 = {instancePath:instancePath+"/display/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data3.high !== undefined){
let data5 = data3.high;
const _errs34 = errors;
const _errs35 = errors;
let valid10 = false;
const _errs36 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/display/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid5 = _errs36 === errors;
valid10 = valid10 || _valid5;
const _errs38 = errors;
if(data5 !== null){
const err17 = {instancePath:instancePath+"/display/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs38 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const err18 = {instancePath:instancePath+"/display/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/display",schemaPath:"#/$defs/LimitsRange/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
const _errs40 = errors;
if(data3 !== null){
const err20 = {instancePath:instancePath+"/display",schemaPath:"#/properties/display/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err21 = {instancePath:instancePath+"/display",schemaPath:"#/properties/display/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warning !== undefined){
let data6 = data.warning;
const _errs42 = errors;
const _errs43 = errors;
let valid11 = false;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.low === undefined) && (missing2 = "low")) || ((data6.high === undefined) && (missing2 = "high"))){
const err22 = {instancePath:instancePath+"/warning",schemaPath:"#/$defs/LimitsRange/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
const _errs47 = errors;
for(const key3 in data6){
if(!((key3 === "low") || (key3 === "high"))){
const err23 = {instancePath:instancePath+"/warning",schemaPath:"#/$defs/LimitsRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
}
if(_errs47 === errors){
if(data6.low !== undefined){
let data7 = data6.low;
const _errs48 = errors;
const _errs49 = errors;
let valid14 = false;
const _errs50 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/warning/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid7 = _errs50 === errors;
valid14 = valid14 || _valid7;
const _errs52 = errors;
if(data7 !== null){
const err25 = {instancePath:instancePath+"/warning/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid7 = _errs52 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err26 = {instancePath:instancePath+"/warning/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs48 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data6.high !== undefined){
let data8 = data6.high;
const _errs54 = errors;
const _errs55 = errors;
let valid15 = false;
const _errs56 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/warning/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid8 = _errs56 === errors;
valid15 = valid15 || _valid8;
const _errs58 = errors;
if(data8 !== null){
const err28 = {instancePath:instancePath+"/warning/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid8 = _errs58 === errors;
valid15 = valid15 || _valid8;
if(!valid15){
const err29 = {instancePath:instancePath+"/warning/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs54 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/warning",schemaPath:"#/$defs/LimitsRange/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid6 = _errs44 === errors;
valid11 = valid11 || _valid6;
const _errs60 = errors;
if(data6 !== null){
const err31 = {instancePath:instancePath+"/warning",schemaPath:"#/properties/warning/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs60 === errors;
valid11 = valid11 || _valid6;
if(!valid11){
const err32 = {instancePath:instancePath+"/warning",schemaPath:"#/properties/warning/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.alarm !== undefined){
let data9 = data.alarm;
const _errs62 = errors;
const _errs63 = errors;
let valid16 = false;
const _errs64 = errors;
const _errs65 = errors;
if(errors === _errs65){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if(((data9.low === undefined) && (missing3 = "low")) || ((data9.high === undefined) && (missing3 = "high"))){
const err33 = {instancePath:instancePath+"/alarm",schemaPath:"#/$defs/LimitsRange/required",keyword:"required",params:{missingProperty: missing3}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
const _errs67 = errors;
for(const key4 in data9){
if(!((key4 === "low") || (key4 === "high"))){
const err34 = {instancePath:instancePath+"/alarm",schemaPath:"#/$defs/LimitsRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
}
if(_errs67 === errors){
if(data9.low !== undefined){
let data10 = data9.low;
const _errs68 = errors;
const _errs69 = errors;
let valid19 = false;
const _errs70 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err35 = {instancePath:instancePath+"/alarm/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid10 = _errs70 === errors;
valid19 = valid19 || _valid10;
const _errs72 = errors;
if(data10 !== null){
const err36 = {instancePath:instancePath+"/alarm/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid10 = _errs72 === errors;
valid19 = valid19 || _valid10;
if(!valid19){
const err37 = {instancePath:instancePath+"/alarm/low",schemaPath:"#/$defs/LimitsRange/properties/low/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
}
var valid18 = _errs68 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data9.high !== undefined){
let data11 = data9.high;
const _errs74 = errors;
const _errs75 = errors;
let valid20 = false;
const _errs76 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err38 = {instancePath:instancePath+"/alarm/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid11 = _errs76 === errors;
valid20 = valid20 || _valid11;
const _errs78 = errors;
if(data11 !== null){
const err39 = {instancePath:instancePath+"/alarm/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid11 = _errs78 === errors;
valid20 = valid20 || _valid11;
if(!valid20){
const err40 = {instancePath:instancePath+"/alarm/high",schemaPath:"#/$defs/LimitsRange/properties/high/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
}
var valid18 = _errs74 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/alarm",schemaPath:"#/$defs/LimitsRange/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid9 = _errs64 === errors;
valid16 = valid16 || _valid9;
const _errs80 = errors;
if(data9 !== null){
const err42 = {instancePath:instancePath+"/alarm",schemaPath:"#/properties/alarm/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid9 = _errs80 === errors;
valid16 = valid16 || _valid9;
if(!valid16){
const err43 = {instancePath:instancePath+"/alarm",schemaPath:"#/properties/alarm/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hysteresis !== undefined){
let data12 = data.hysteresis;
const _errs82 = errors;
const _errs83 = errors;
let valid21 = false;
const _errs84 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err44 = {instancePath:instancePath+"/hysteresis",schemaPath:"#/properties/hysteresis/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid12 = _errs84 === errors;
valid21 = valid21 || _valid12;
const _errs86 = errors;
if(data12 !== null){
const err45 = {instancePath:instancePath+"/hysteresis",schemaPath:"#/properties/hysteresis/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid12 = _errs86 === errors;
valid21 = valid21 || _valid12;
if(!valid21){
const err46 = {instancePath:instancePath+"/hysteresis",schemaPath:"#/properties/hysteresis/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rds !== undefined){
let data13 = data.rds;
const _errs88 = errors;
const _errs89 = errors;
let valid22 = false;
const _errs90 = errors;
const _errs91 = errors;
if(errors === _errs91){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if(((data13.time_difference === undefined) && (missing4 = "time_difference")) || ((data13.value_difference === undefined) && (missing4 = "value_difference"))){
const err47 = {instancePath:instancePath+"/rds",schemaPath:"#/$defs/RdsRange/required",keyword:"required",params:{missingProperty: missing4}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
if(data13.time_difference !== undefined){
let data14 = data13.time_difference;
const _errs93 = errors;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err48 = {instancePath:instancePath+"/rds/time_difference",schemaPath:"#/$defs/RdsRange/properties/time_difference/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid24 = _errs93 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data13.value_difference !== undefined){
let data15 = data13.value_difference;
const _errs95 = errors;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err49 = {instancePath:instancePath+"/rds/value_difference",schemaPath:"#/$defs/RdsRange/properties/value_difference/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid24 = _errs95 === errors;
}
else {
var valid24 = true;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/rds",schemaPath:"#/$defs/RdsRange/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid13 = _errs90 === errors;
valid22 = valid22 || _valid13;
if(_valid13){
var props4 = {};
props4.time_difference = true;
props4.value_difference = true;
}
const _errs97 = errors;
if(data13 !== null){
const err51 = {instancePath:instancePath+"/rds",schemaPath:"#/properties/rds/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid13 = _errs97 === errors;
valid22 = valid22 || _valid13;
if(!valid22){
const err52 = {instancePath:instancePath+"/rds",schemaPath:"#/properties/rds/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.source === undefined) && (missing0 = "source")) || ((data.dtype === undefined) && (missing0 = "dtype"))) || ((data.shape === undefined) && (missing0 = "shape"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.source !== undefined){
const _errs2 = errors;
if(typeof data.source !== "string"){
validate33.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtype !== undefined){
let data1 = data.dtype;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate33.errors = [{instancePath:instancePath+"/dtype",schemaPath:"#/$defs/Dtype/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data1 === "string") || (data1 === "number")) || (data1 === "array")) || (data1 === "boolean")) || (data1 === "integer"))){
validate33.errors = [{instancePath:instancePath+"/dtype",schemaPath:"#/$defs/Dtype/enum",keyword:"enum",params:{allowedValues: schema45.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtype_numpy !== undefined){
let data2 = data.dtype_numpy;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
const err0 = {instancePath:instancePath+"/dtype_numpy",schemaPath:"#/$defs/DtypeNumpy/pattern",keyword:"pattern",params:{pattern: "[|<>][tbiufcmMOSUV][0-9]+"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/dtype_numpy",schemaPath:"#/$defs/DtypeNumpy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data2)){
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data3)){
if(data3.length > 2){
const err2 = {instancePath:instancePath+"/dtype_numpy/" + i0,schemaPath:"#/properties/dtype_numpy/anyOf/1/items/maxItems",keyword:"maxItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data3.length < 2){
const err3 = {instancePath:instancePath+"/dtype_numpy/" + i0,schemaPath:"#/properties/dtype_numpy/anyOf/1/items/minItems",keyword:"minItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
const len1 = data3.length;
if(len1 > 0){
const _errs16 = errors;
if(typeof data3[0] !== "string"){
const err4 = {instancePath:instancePath+"/dtype_numpy/" + i0+"/0",schemaPath:"#/properties/dtype_numpy/anyOf/1/items/prefixItems/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid5 = _errs16 === errors;
}
if(valid5){
if(len1 > 1){
let data5 = data3[1];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if(!pattern13.test(data5)){
const err5 = {instancePath:instancePath+"/dtype_numpy/" + i0+"/1",schemaPath:"#/$defs/DtypeNumpy/pattern",keyword:"pattern",params:{pattern: "[|<>][tbiufcmMOSUV][0-9]+"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/dtype_numpy/" + i0+"/1",schemaPath:"#/$defs/DtypeNumpy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid5 = _errs18 === errors;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/dtype_numpy/" + i0,schemaPath:"#/properties/dtype_numpy/anyOf/1/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
const err8 = {instancePath:instancePath+"/dtype_numpy",schemaPath:"#/properties/dtype_numpy/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err9 = {instancePath:instancePath+"/dtype_numpy",schemaPath:"#/properties/dtype_numpy/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shape !== undefined){
let data6 = data.shape;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data6)){
var valid7 = true;
const len2 = data6.length;
for(let i1=0; i1<len2; i1++){
let data7 = data6[i1];
const _errs23 = errors;
const _errs24 = errors;
let valid8 = false;
const _errs25 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/properties/shape/items/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid8 = valid8 || _valid1;
const _errs27 = errors;
if(data7 !== null){
const err11 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/properties/shape/items/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const err12 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/properties/shape/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/shape",schemaPath:"#/properties/shape/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dims !== undefined){
let data8 = data.dims;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data8)){
var valid9 = true;
const len3 = data8.length;
for(let i2=0; i2<len3; i2++){
const _errs31 = errors;
if(typeof data8[i2] !== "string"){
validate33.errors = [{instancePath:instancePath+"/dims/" + i2,schemaPath:"#/properties/dims/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs31 === errors;
if(!valid9){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/dims",schemaPath:"#/properties/dims/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.units !== undefined){
let data10 = data.units;
const _errs33 = errors;
const _errs34 = errors;
let valid10 = false;
const _errs35 = errors;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid10 = valid10 || _valid2;
const _errs37 = errors;
if(data10 !== null){
const err14 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const err15 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.precision !== undefined){
let data11 = data.precision;
const _errs39 = errors;
const _errs40 = errors;
let valid11 = false;
const _errs41 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err16 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid11 = valid11 || _valid3;
const _errs43 = errors;
if(data11 !== null){
const err17 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const err18 = {instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.choices !== undefined){
let data12 = data.choices;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data12)){
var valid12 = true;
const len4 = data12.length;
for(let i3=0; i3<len4; i3++){
const _errs47 = errors;
if(typeof data12[i3] !== "string"){
validate33.errors = [{instancePath:instancePath+"/choices/" + i3,schemaPath:"#/properties/choices/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs47 === errors;
if(!valid12){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/choices",schemaPath:"#/properties/choices/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.external !== undefined){
let data14 = data.external;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data14 === "string"){
if(!pattern15.test(data14)){
validate33.errors = [{instancePath:instancePath+"/external",schemaPath:"#/properties/external/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+:?"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object_name !== undefined){
const _errs51 = errors;
if(typeof data.object_name !== "string"){
validate33.errors = [{instancePath:instancePath+"/object_name",schemaPath:"#/properties/object_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
const _errs53 = errors;
if(!(validate34(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"Configuration","description":"The configuration readings of one device, laid out like event data.","type":"object","properties":{"data":{"type":"object","description":"The configuration value of each configuration key.","additionalProperties":true},"timestamps":{"type":"object","description":"When each configuration value was read, as seconds since the UNIX epoch.","additionalProperties":true},"data_keys":{"type":"object","description":"What each configuration key holds, as for the data keys of the stream.","additionalProperties":{"$ref":"#/$defs/DataKey"}}},"additionalProperties":true};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
validate37.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamps !== undefined){
let data1 = data.timestamps;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
}
else {
validate37.errors = [{instancePath:instancePath+"/timestamps",schemaPath:"#/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_keys !== undefined){
let data2 = data.data_keys;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
const _errs11 = errors;
if(!(validate33(data2[key0], {instancePath:instancePath+"/data_keys/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/data_keys",schemaPath:"#/properties/data_keys/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = {"title":"DataType","description":"Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.","patternProperties":{"^([^./]+)\\n?$":{"$ref":"#/$defs/DataType"}},"additionalProperties":false};
const wrapper1 = {validate: validate40};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs0 = errors;
for(const key0 in data){
if(!(pattern4.test(key0))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs0 === errors){
var valid0 = true;
for(const key1 in data){
if(pattern4.test(key1)){
const _errs1 = errors;
if(!(wrapper1.validate(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/event_descriptor.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.uid === undefined) && (missing0 = "uid")) || ((data.time === undefined) && (missing0 = "time"))) || ((data.run_start === undefined) && (missing0 = "run_start"))) || ((data.data_keys === undefined) && (missing0 = "data_keys"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((func1.call(schema43.properties, key0)) || (pattern4.test(key0)))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.uid !== undefined){
const _errs2 = errors;
if(typeof data.uid !== "string"){
validate32.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data1 = data.time;
const _errs4 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate32.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run_start !== undefined){
const _errs6 = errors;
if(typeof data.run_start !== "string"){
validate32.errors = [{instancePath:instancePath+"/run_start",schemaPath:"#/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs8 = errors;
if(typeof data.name !== "string"){
validate32.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_keys !== undefined){
let data4 = data.data_keys;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs13 = errors;
if(!(validate33(data4[key1], {instancePath:instancePath+"/data_keys/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/data_keys",schemaPath:"#/properties/data_keys/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configuration !== undefined){
let data6 = data.configuration;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
const _errs17 = errors;
if(!(validate37(data6[key2], {instancePath:instancePath+"/configuration/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid2 = _errs17 === errors;
if(!valid2){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/configuration",schemaPath:"#/properties/configuration/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hints !== undefined){
let data8 = data.hints;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.fields !== undefined){
let data9 = data8.fields;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(typeof data9[i0] !== "string"){
validate32.errors = [{instancePath:instancePath+"/hints/fields/" + i0,schemaPath:"#/$defs/PerObjectHint/properties/fields/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/hints/fields",schemaPath:"#/$defs/PerObjectHint/properties/fields/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.NX_class !== undefined){
let data11 = data8.NX_class;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if(!pattern16.test(data11)){
validate32.errors = [{instancePath:instancePath+"/hints/NX_class",schemaPath:"#/$defs/PerObjectHint/properties/NX_class/pattern",keyword:"pattern",params:{pattern: "^NX[A-Za-z_]+\\n?$"}}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/hints/NX_class",schemaPath:"#/$defs/PerObjectHint/properties/NX_class/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/hints",schemaPath:"#/$defs/PerObjectHint/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object_keys !== undefined){
let data12 = data.object_keys;
const _errs28 = errors;
if(errors === _errs28){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
validate32.errors = [{instancePath:instancePath+"/object_keys",schemaPath:"#/properties/object_keys/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object_classes !== undefined){
let data13 = data.object_classes;
const _errs31 = errors;
if(errors === _errs31){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
const _errs34 = errors;
if(typeof data13[key3] !== "string"){
validate32.errors = [{instancePath:instancePath+"/object_classes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/object_classes/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs34 === errors;
if(!valid6){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/object_classes",schemaPath:"#/properties/object_classes/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid7 = true;
for(const key4 in data){
if(pattern4.test(key4)){
const _errs36 = errors;
if(!(validate40(data[key4], {instancePath:instancePath+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const event = validate42;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/event.json","title":"Event","description":"One row of a stream: a reading of every data key of the stream's descriptor, taken together.","type":"object","allOf":[{"$ref":"#/$defs/PartialEvent"}],"properties":{"uid":{"type":"string","description":"Identifier of this event, unique across all documents."},"descriptor":{"type":"string","description":"The uid of the event descriptor of the stream this event belongs to."},"seq_num":{"type":"integer","description":"Position of this event in its stream, counting from 1."}},"required":["uid","descriptor","seq_num"],"unevaluatedProperties":false,"$defs":{"PartialEvent":{"title":"PartialEvent","description":"The part of an event that a device supplies; the run engine adds uid, descriptor and seq_num.","type":"object","properties":{"data":{"type":"object","description":"The reading of each data key; for external data, the datum id that points at it until it is filled.","additionalProperties":true},"timestamps":{"type":"object","description":"When each data key was read, as seconds since the UNIX epoch, keyed like data.","additionalProperties":true},"time":{"type":"number","description":"When the event was made, as seconds since the UNIX epoch; may differ from the timestamps of its readings."},"filled":{"type":"object","description":"For each externally stored data key: false while data holds a pointer to it, or, once the data have been loaded in place, true or the pointer that was replaced.","additionalProperties":{"anyOf":[{"type":"boolean"},{"type":"string"}]}}},"required":["data","timestamps","time"]}}};
const schema58 = {"title":"PartialEvent","description":"The part of an event that a device supplies; the run engine adds uid, descriptor and seq_num.","type":"object","properties":{"data":{"type":"object","description":"The reading of each data key; for external data, the datum id that points at it until it is filled.","additionalProperties":true},"timestamps":{"type":"object","description":"When each data key was read, as seconds since the UNIX epoch, keyed like data.","additionalProperties":true},"time":{"type":"number","description":"When the event was made, as seconds since the UNIX epoch; may differ from the timestamps of its readings."},"filled":{"type":"object","description":"For each externally stored data key: false while data holds a pointer to it, or, once the data have been loaded in place, true or the pointer that was replaced.","additionalProperties":{"anyOf":[{"type":"boolean"},{"type":"string"}]}}},"required":["data","timestamps","time"]};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/event.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.data === undefined) && (missing0 = "data")) || ((data.timestamps === undefined) && (missing0 = "timestamps"))) || ((data.time === undefined) && (missing0 = "time"))){
validate42.errors = [{instancePath,schemaPath:"#/$defs/PartialEvent/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.data !== undefined){
let data0 = data.data;
const _errs4 = errors;
if(errors === _errs4){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
}
else {
validate42.errors = [{instancePath:instancePath+"/data",schemaPath:"#/$defs/PartialEvent/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.timestamps !== undefined){
let data1 = data.timestamps;
const _errs7 = errors;
if(errors === _errs7){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
}
else {
validate42.errors = [{instancePath:instancePath+"/timestamps",schemaPath:"#/$defs/PartialEvent/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.time !== undefined){
let data2 = data.time;
const _errs10 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate42.errors = [{instancePath:instancePath+"/time",schemaPath:"#/$defs/PartialEvent/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.filled !== undefined){
let data3 = data.filled;
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key0 in data3){
let data4 = data3[key0];
const _errs15 = errors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(typeof data4 !== "boolean"){
const err0 = {instancePath:instancePath+"/filled/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEvent/properties/filled/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err1 = {instancePath:instancePath+"/filled/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEvent/properties/filled/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err2 = {instancePath:instancePath+"/filled/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEvent/properties/filled/additionalProperties/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate42.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/filled",schemaPath:"#/$defs/PartialEvent/properties/filled/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/$defs/PartialEvent/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.uid === undefined) && (missing1 = "uid")) || ((data.descriptor === undefined) && (missing1 = "descriptor"))) || ((data.seq_num === undefined) && (missing1 = "seq_num"))){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.uid !== undefined){
const _errs21 = errors;
if(typeof data.uid !== "string"){
validate42.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.descriptor !== undefined){
const _errs23 = errors;
if(typeof data.descriptor !== "string"){
validate42.errors = [{instancePath:instancePath+"/descriptor",schemaPath:"#/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.seq_num !== undefined){
let data7 = data.seq_num;
const _errs25 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate42.errors = [{instancePath:instancePath+"/seq_num",schemaPath:"#/properties/seq_num/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
for(const key1 in data){
if(((((((key1 !== "uid") && (key1 !== "descriptor")) && (key1 !== "seq_num")) && (key1 !== "data")) && (key1 !== "timestamps")) && (key1 !== "time")) && (key1 !== "filled")){
validate42.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1}}];
return false;
break;
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const event_page = validate43;
const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/event_page.json","title":"EventPage","description":"Several events of one stream stored column-wise: every field is a list with one entry per event, in order.","type":"object","allOf":[{"$ref":"#/$defs/PartialEventPage"}],"properties":{"uid":{"type":"array","description":"The uid of each event in the page.","items":{"type":"string"}},"descriptor":{"type":"string","description":"The uid of the event descriptor shared by every event in the page."},"seq_num":{"type":"array","description":"The position of each event in its stream, counting from 1.","items":{"type":"integer"}}},"required":["uid","descriptor","seq_num"],"unevaluatedProperties":false,"$defs":{"PartialEventPage":{"title":"PartialEventPage","description":"The part of an event page that a device supplies; the run engine adds uid, descriptor and seq_num.","type":"object","properties":{"data":{"type":"object","description":"For each data key, the column of its readings, one per event.","additionalProperties":{"type":"array","items":{}}},"timestamps":{"type":"object","description":"For each data key, the column of times at which it was read, as seconds since the UNIX epoch.","additionalProperties":{"type":"array","items":{}}},"time":{"type":"array","description":"When each event was made, as seconds since the UNIX epoch.","items":{"type":"number"}},"filled":{"type":"object","description":"For each externally stored data key, a column saying per event whether it is loaded (see the event's filled).","additionalProperties":{"type":"array","items":{"anyOf":[{"type":"boolean"},{"type":"string"}]}}}},"required":["data","timestamps","time"]}}};
const schema60 = {"title":"PartialEventPage","description":"The part of an event page that a device supplies; the run engine adds uid, descriptor and seq_num.","type":"object","properties":{"data":{"type":"object","description":"For each data key, the column of its readings, one per event.","additionalProperties":{"type":"array","items":{}}},"timestamps":{"type":"object","description":"For each data key, the column of times at which it was read, as seconds since the UNIX epoch.","additionalProperties":{"type":"array","items":{}}},"time":{"type":"array","description":"When each event was made, as seconds since the UNIX epoch.","items":{"type":"number"}},"filled":{"type":"object","description":"For each externally stored data key, a column saying per event whether it is loaded (see the event's filled).","additionalProperties":{"type":"array","items":{"anyOf":[{"type":"boolean"},{"type":"string"}]}}}},"required":["data","timestamps","time"]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/event_page.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.data === undefined) && (missing0 = "data")) || ((data.timestamps === undefined) && (missing0 = "timestamps"))) || ((data.time === undefined) && (missing0 = "time"))){
validate43.errors = [{instancePath,schemaPath:"#/$defs/PartialEventPage/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.data !== undefined){
let data0 = data.data;
const _errs4 = errors;
if(errors === _errs4){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs7 = errors;
if(errors === _errs7){
if(!(Array.isArray(data0[key0]))){
validate43.errors = [{instancePath:instancePath+"/data/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEventPage/properties/data/additionalProperties/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/data",schemaPath:"#/$defs/PartialEventPage/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.timestamps !== undefined){
let data2 = data.timestamps;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs12 = errors;
if(errors === _errs12){
if(!(Array.isArray(data2[key1]))){
validate43.errors = [{instancePath:instancePath+"/timestamps/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEventPage/properties/timestamps/additionalProperties/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid4 = _errs12 === errors;
if(!valid4){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/timestamps",schemaPath:"#/$defs/PartialEventPage/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.time !== undefined){
let data4 = data.time;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data4)){
var valid5 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs16 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate43.errors = [{instancePath:instancePath+"/time/" + i0,schemaPath:"#/$defs/PartialEventPage/properties/time/items/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/time",schemaPath:"#/$defs/PartialEventPage/properties/time/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.filled !== undefined){
let data6 = data.filled;
const _errs18 = errors;
if(errors === _errs18){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
let data7 = data6[key2];
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data7)){
var valid7 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs23 = errors;
const _errs24 = errors;
let valid8 = false;
const _errs25 = errors;
if(typeof data8 !== "boolean"){
const err0 = {instancePath:instancePath+"/filled/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/PartialEventPage/properties/filled/additionalProperties/items/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid8 = valid8 || _valid0;
const _errs27 = errors;
if(typeof data8 !== "string"){
const err1 = {instancePath:instancePath+"/filled/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/PartialEventPage/properties/filled/additionalProperties/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err2 = {instancePath:instancePath+"/filled/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/PartialEventPage/properties/filled/additionalProperties/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate43.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/filled/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/PartialEventPage/properties/filled/additionalProperties/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid6 = _errs21 === errors;
if(!valid6){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/filled",schemaPath:"#/$defs/PartialEventPage/properties/filled/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/$defs/PartialEventPage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.uid === undefined) && (missing1 = "uid")) || ((data.descriptor === undefined) && (missing1 = "descriptor"))) || ((data.seq_num === undefined) && (missing1 = "seq_num"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data.uid !== undefined){
let data9 = data.uid;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data9)){
var valid10 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs31 = errors;
if(typeof data9[i2] !== "string"){
validate43.errors = [{instancePath:instancePath+"/uid/" + i2,schemaPath:"#/properties/uid/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs31 === errors;
if(!valid10){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid9 = _errs29 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.descriptor !== undefined){
const _errs33 = errors;
if(typeof data.descriptor !== "string"){
validate43.errors = [{instancePath:instancePath+"/descriptor",schemaPath:"#/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs33 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.seq_num !== undefined){
let data12 = data.seq_num;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data12)){
var valid11 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
const _errs37 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate43.errors = [{instancePath:instancePath+"/seq_num/" + i3,schemaPath:"#/properties/seq_num/items/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid11 = _errs37 === errors;
if(!valid11){
break;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/seq_num",schemaPath:"#/properties/seq_num/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
if(valid9){
for(const key3 in data){
if(((((((key3 !== "uid") && (key3 !== "descriptor")) && (key3 !== "seq_num")) && (key3 !== "data")) && (key3 !== "timestamps")) && (key3 !== "time")) && (key3 !== "filled")){
validate43.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key3}}];
return false;
break;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const datum = validate44;
const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/datum.json","title":"Datum","description":"Points at one piece of externally stored data inside a resource; events carry its datum_id in place of the data.","type":"object","properties":{"datum_id":{"type":"string","description":"Identifier of this datum, unique across all documents; by convention '<resource uid>/<counter>'."},"resource":{"type":"string","description":"The uid of the resource that holds the data."},"datum_kwargs":{"type":"object","description":"Arguments that the resource's handler needs to read this piece, such as a frame index.","additionalProperties":true}},"required":["datum_id","resource","datum_kwargs"],"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/datum.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.datum_id === undefined) && (missing0 = "datum_id")) || ((data.resource === undefined) && (missing0 = "resource"))) || ((data.datum_kwargs === undefined) && (missing0 = "datum_kwargs"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "datum_id") || (key0 === "resource")) || (key0 === "datum_kwargs"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.datum_id !== undefined){
const _errs2 = errors;
if(typeof data.datum_id !== "string"){
validate44.errors = [{instancePath:instancePath+"/datum_id",schemaPath:"#/properties/datum_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs4 = errors;
if(typeof data.resource !== "string"){
validate44.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.datum_kwargs !== undefined){
let data2 = data.datum_kwargs;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate44.errors = [{instancePath:instancePath+"/datum_kwargs",schemaPath:"#/properties/datum_kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const datum_page = validate45;
const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/datum_page.json","title":"DatumPage","description":"Several datum of one resource stored column-wise: every field is a list with one entry per datum, in order.","type":"object","properties":{"datum_id":{"$ref":"#/$defs/DataFrameForDatumPage","description":"The datum_id of each datum in the page."},"resource":{"type":"string","description":"The uid of the resource shared by every datum in the page."},"datum_kwargs":{"type":"object","description":"For each handler argument, the column of its values, one per datum.","additionalProperties":{"type":"array","items":{}}}},"required":["datum_id","resource","datum_kwargs"],"additionalProperties":false,"$defs":{"DataFrameForDatumPage":{"title":"DataFrameForDatumPage","description":"A column of datum ids.","type":"array","items":{"type":"string"}}}};
const schema63 = {"title":"DataFrameForDatumPage","description":"A column of datum ids.","type":"array","items":{"type":"string"}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/datum_page.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.datum_id === undefined) && (missing0 = "datum_id")) || ((data.resource === undefined) && (missing0 = "resource"))) || ((data.datum_kwargs === undefined) && (missing0 = "datum_kwargs"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "datum_id") || (key0 === "resource")) || (key0 === "datum_kwargs"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.datum_id !== undefined){
let data0 = data.datum_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data0)){
var valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(typeof data0[i0] !== "string"){
validate45.errors = [{instancePath:instancePath+"/datum_id/" + i0,schemaPath:"#/$defs/DataFrameForDatumPage/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/datum_id",schemaPath:"#/$defs/DataFrameForDatumPage/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs7 = errors;
if(typeof data.resource !== "string"){
validate45.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.datum_kwargs !== undefined){
let data3 = data.datum_kwargs;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs12 = errors;
if(errors === _errs12){
if(!(Array.isArray(data3[key1]))){
validate45.errors = [{instancePath:instancePath+"/datum_kwargs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/datum_kwargs/additionalProperties/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/datum_kwargs",schemaPath:"#/properties/datum_kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const resource = validate46;
const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/resource.json","title":"Resource","description":"Names an external file or other store that datum documents point into, and the handler (spec) that reads it.","type":"object","allOf":[{"$ref":"#/$defs/PartialResource"}],"properties":{"run_start":{"type":"string","description":"The uid of the run start document of the run that wrote the resource; may be empty for resources shared between runs."},"path_semantics":{"type":"string","enum":["posix","windows"],"description":"How to split root and resource_path into parts: with '/' (posix) or '\\' (windows).","default":"posix"}},"unevaluatedProperties":false,"$defs":{"PartialResource":{"title":"PartialResource","description":"The part of a resource that a device supplies; the run engine adds run_start.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this resource, unique across all documents; datum refer to it."},"spec":{"type":"string","description":"Names the format of the store and so the handler that can read it, such as 'AD_HDF5' or 'NPY_SEQ'."},"root":{"type":"string","description":"The part of the path that may differ between machines (a mount point); readers may remap it."},"resource_path":{"type":"string","description":"The path of the store relative to root."},"resource_kwargs":{"type":"object","description":"Arguments that the handler needs to open the store, such as frames per point.","additionalProperties":true}},"required":["uid","spec","root","resource_path","resource_kwargs"]}}};
const schema65 = {"title":"PartialResource","description":"The part of a resource that a device supplies; the run engine adds run_start.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this resource, unique across all documents; datum refer to it."},"spec":{"type":"string","description":"Names the format of the store and so the handler that can read it, such as 'AD_HDF5' or 'NPY_SEQ'."},"root":{"type":"string","description":"The part of the path that may differ between machines (a mount point); readers may remap it."},"resource_path":{"type":"string","description":"The path of the store relative to root."},"resource_kwargs":{"type":"object","description":"Arguments that the handler needs to open the store, such as frames per point.","additionalProperties":true}},"required":["uid","spec","root","resource_path","resource_kwargs"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/resource.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.uid === undefined) && (missing0 = "uid")) || ((data.spec === undefined) && (missing0 = "spec"))) || ((data.root === undefined) && (missing0 = "root"))) || ((data.resource_path === undefined) && (missing0 = "resource_path"))) || ((data.resource_kwargs === undefined) && (missing0 = "resource_kwargs"))){
validate46.errors = [{instancePath,schemaPath:"#/$defs/PartialResource/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.uid !== undefined){
const _errs4 = errors;
if(typeof data.uid !== "string"){
validate46.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/$defs/PartialResource/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.spec !== undefined){
const _errs6 = errors;
if(typeof data.spec !== "string"){
validate46.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/$defs/PartialResource/properties/spec/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.root !== undefined){
const _errs8 = errors;
if(typeof data.root !== "string"){
validate46.errors = [{instancePath:instancePath+"/root",schemaPath:"#/$defs/PartialResource/properties/root/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.resource_path !== undefined){
const _errs10 = errors;
if(typeof data.resource_path !== "string"){
validate46.errors = [{instancePath:instancePath+"/resource_path",schemaPath:"#/$defs/PartialResource/properties/resource_path/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.resource_kwargs !== undefined){
let data4 = data.resource_kwargs;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
validate46.errors = [{instancePath:instancePath+"/resource_kwargs",schemaPath:"#/$defs/PartialResource/properties/resource_kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/$defs/PartialResource/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_start !== undefined){
const _errs15 = errors;
if(typeof data.run_start !== "string"){
validate46.errors = [{instancePath:instancePath+"/run_start",schemaPath:"#/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.path_semantics !== undefined){
let data6 = data.path_semantics;
const _errs17 = errors;
if(typeof data6 !== "string"){
validate46.errors = [{instancePath:instancePath+"/path_semantics",schemaPath:"#/properties/path_semantics/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "posix") || (data6 === "windows"))){
validate46.errors = [{instancePath:instancePath+"/path_semantics",schemaPath:"#/properties/path_semantics/enum",keyword:"enum",params:{allowedValues: schema64.properties.path_semantics.enum}}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
for(const key0 in data){
if(((((((key0 !== "run_start") && (key0 !== "path_semantics")) && (key0 !== "uid")) && (key0 !== "spec")) && (key0 !== "root")) && (key0 !== "resource_path")) && (key0 !== "resource_kwargs")){
validate46.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0}}];
return false;
break;
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const stream_resource = validate47;
const schema66 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/stream_resource.json","title":"StreamResource","description":"Names an external store (such as an HDF5 dataset) that holds the readings of one data key for many events, addressed by stream datum.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this stream resource, unique across all documents; stream datum refer to it."},"run_start":{"type":"string","description":"The uid of the run start document of the run that wrote the store."},"data_key":{"type":"string","description":"The data key of the stream whose readings the store holds."},"mimetype":{"type":"string","description":"The media type of the store, which tells readers how to open it, such as 'application/x-hdf5'."},"uri":{"type":"string","description":"Where the store is, as a URI such as 'file://localhost/data/scan.h5'."},"parameters":{"type":"object","description":"What a reader needs to find the data in the store, such as the dataset path and chunk shape.","additionalProperties":true}},"required":["uid","data_key","mimetype","uri","parameters"],"additionalProperties":true};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/stream_resource.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.uid === undefined) && (missing0 = "uid")) || ((data.data_key === undefined) && (missing0 = "data_key"))) || ((data.mimetype === undefined) && (missing0 = "mimetype"))) || ((data.uri === undefined) && (missing0 = "uri"))) || ((data.parameters === undefined) && (missing0 = "parameters"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.uid !== undefined){
const _errs2 = errors;
if(typeof data.uid !== "string"){
validate47.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run_start !== undefined){
const _errs4 = errors;
if(typeof data.run_start !== "string"){
validate47.errors = [{instancePath:instancePath+"/run_start",schemaPath:"#/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data_key !== undefined){
const _errs6 = errors;
if(typeof data.data_key !== "string"){
validate47.errors = [{instancePath:instancePath+"/data_key",schemaPath:"#/properties/data_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mimetype !== undefined){
const _errs8 = errors;
if(typeof data.mimetype !== "string"){
validate47.errors = [{instancePath:instancePath+"/mimetype",schemaPath:"#/properties/mimetype/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uri !== undefined){
const _errs10 = errors;
if(typeof data.uri !== "string"){
validate47.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data5 = data.parameters;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
validate47.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const stream_datum = validate48;
const schema67 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/stream_datum.json","title":"StreamDatum","description":"Says that a range of rows of a stream resource holds the readings of a range of events of one stream.","type":"object","properties":{"uid":{"type":"string","description":"Identifier of this stream datum, unique across all documents; by convention '<stream resource uid>/<counter>'."},"stream_resource":{"type":"string","description":"The uid of the stream resource whose rows are meant."},"descriptor":{"type":"string","description":"The uid of the event descriptor of the stream whose events the rows belong to."},"indices":{"$ref":"#/$defs/StreamRange","description":"The rows of the stream resource, as a half-open range."},"seq_nums":{"$ref":"#/$defs/StreamRange","description":"The seq_num of the events the rows belong to, as a half-open range."}},"required":["uid","stream_resource","descriptor","indices","seq_nums"],"additionalProperties":true,"$defs":{"StreamRange":{"title":"StreamRange","description":"A half-open range of integers: start is included, stop is not.","type":"object","properties":{"start":{"type":"integer","description":"First value of the range."},"stop":{"type":"integer","description":"One past the last value of the range."}},"required":["start","stop"]}}};
const schema68 = {"title":"StreamRange","description":"A half-open range of integers: start is included, stop is not.","type":"object","properties":{"start":{"type":"integer","description":"First value of the range."},"stop":{"type":"integer","description":"One past the last value of the range."}},"required":["start","stop"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/stream_datum.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.uid === undefined) && (missing0 = "uid")) || ((data.stream_resource === undefined) && (missing0 = "stream_resource"))) || ((data.descriptor === undefined) && (missing0 = "descriptor"))) || ((data.indices === undefined) && (missing0 = "indices"))) || ((data.seq_nums === undefined) && (missing0 = "seq_nums"))){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.uid !== undefined){
const _errs2 = errors;
if(typeof data.uid !== "string"){
validate48.errors = [{instancePath:instancePath+"/uid",schemaPath:"#/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stream_resource !== undefined){
const _errs4 = errors;
if(typeof data.stream_resource !== "string"){
validate48.errors = [{instancePath:instancePath+"/stream_resource",schemaPath:"#/properties/stream_resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.descriptor !== undefined){
const _errs6 = errors;
if(typeof data.descriptor !== "string"){
validate48.errors = [{instancePath:instancePath+"/descriptor",schemaPath:"#/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.indices !== undefined){
let data3 = data.indices;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.start === undefined) && (missing1 = "start")) || ((data3.stop === undefined) && (missing1 = "stop"))){
validate48.errors = [{instancePath:instancePath+"/indices",schemaPath:"#/$defs/StreamRange/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data3.start !== undefined){
let data4 = data3.start;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate48.errors = [{instancePath:instancePath+"/indices/start",schemaPath:"#/$defs/StreamRange/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.stop !== undefined){
let data5 = data3.stop;
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate48.errors = [{instancePath:instancePath+"/indices/stop",schemaPath:"#/$defs/StreamRange/properties/stop/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/indices",schemaPath:"#/$defs/StreamRange/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq_nums !== undefined){
let data6 = data.seq_nums;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.start === undefined) && (missing2 = "start")) || ((data6.stop === undefined) && (missing2 = "stop"))){
validate48.errors = [{instancePath:instancePath+"/seq_nums",schemaPath:"#/$defs/StreamRange/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
if(data6.start !== undefined){
let data7 = data6.start;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate48.errors = [{instancePath:instancePath+"/seq_nums/start",schemaPath:"#/$defs/StreamRange/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.stop !== undefined){
let data8 = data6.stop;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate48.errors = [{instancePath:instancePath+"/seq_nums/stop",schemaPath:"#/$defs/StreamRange/properties/stop/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/seq_nums",schemaPath:"#/$defs/StreamRange/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const bulk_events = validate49;
const schema70 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/bulk_events.json","title":"BulkEvents","description":"Deprecated: events of several streams in one message, keyed by descriptor uid. Use event pages instead.","patternProperties":{"^.*\\n?$":{"type":"array","description":"The events of one stream.","items":{"type":"object","description":"One event, in the form of an event document.","properties":{"uid":{"type":"string","description":"Identifier of the event."},"descriptor":{"type":"string","description":"The uid of the event descriptor of the event's stream."},"seq_num":{"type":"integer","description":"Position of the event in its stream, counting from 1."},"time":{"type":"number","description":"When the event was made, as seconds since the UNIX epoch."},"data":{"type":"object","description":"The reading of each data key."},"timestamps":{"type":"object","description":"When each data key was read."},"filled":{"type":"object","description":"Whether each externally stored data key has been loaded."}},"required":["uid","data","timestamps","time","descriptor","seq_num"],"additionalProperties":false}}}};
const pattern20 = new RegExp("^.*\\n?$", "u");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/bulk_events.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
var props0 = {};
for(const key0 in data){
if(pattern20.test(key0)){
let data0 = data[key0];
const _errs0 = errors;
if(errors === _errs0){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs2 = errors;
if(errors === _errs2){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((((((data1.uid === undefined) && (missing0 = "uid")) || ((data1.data === undefined) && (missing0 = "data"))) || ((data1.timestamps === undefined) && (missing0 = "timestamps"))) || ((data1.time === undefined) && (missing0 = "time"))) || ((data1.descriptor === undefined) && (missing0 = "descriptor"))) || ((data1.seq_num === undefined) && (missing0 = "seq_num"))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data1){
if(!(((((((key1 === "uid") || (key1 === "descriptor")) || (key1 === "seq_num")) || (key1 === "time")) || (key1 === "data")) || (key1 === "timestamps")) || (key1 === "filled"))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs4 === errors){
if(data1.uid !== undefined){
const _errs5 = errors;
if(typeof data1.uid !== "string"){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/uid",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.descriptor !== undefined){
const _errs7 = errors;
if(typeof data1.descriptor !== "string"){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/descriptor",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.seq_num !== undefined){
let data4 = data1.seq_num;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/seq_num",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/seq_num/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.time !== undefined){
let data5 = data1.time;
const _errs11 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/time",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data !== undefined){
let data6 = data1.data;
const _errs13 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/data",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.timestamps !== undefined){
let data7 = data1.timestamps;
const _errs15 = errors;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/timestamps",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.filled !== undefined){
let data8 = data1.filled;
const _errs17 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/filled",schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/properties/filled/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs2 === errors;
if(!valid1){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E.*%5Cn%3F%24/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
props0[key0] = true;
}
}
}
validate49.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate49.evaluated = {"dynamicProps":true,"dynamicItems":false};

/** @type {CompiledValidator} */
export const bulk_datum = validate50;
const schema71 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/bulk_datum.json","title":"BulkDatum","description":"Deprecated: several datum of one resource in one message. Use datum pages instead.","type":"object","properties":{"resource":{"type":"string","description":"The uid of the resource shared by every datum."},"datum_ids":{"type":"array","description":"The datum_id of each datum.","items":{"type":"string"}},"datum_kwarg_list":{"type":"array","description":"The datum_kwargs of each datum, in the order of datum_ids.","items":{"type":"object"}}},"required":["resource","datum_ids","datum_kwarg_list"],"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/bulk_datum.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.resource === undefined) && (missing0 = "resource")) || ((data.datum_ids === undefined) && (missing0 = "datum_ids"))) || ((data.datum_kwarg_list === undefined) && (missing0 = "datum_kwarg_list"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "resource") || (key0 === "datum_ids")) || (key0 === "datum_kwarg_list"))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resource !== undefined){
const _errs2 = errors;
if(typeof data.resource !== "string"){
validate50.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.datum_ids !== undefined){
let data1 = data.datum_ids;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate50.errors = [{instancePath:instancePath+"/datum_ids/" + i0,schemaPath:"#/properties/datum_ids/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/datum_ids",schemaPath:"#/properties/datum_ids/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.datum_kwarg_list !== undefined){
let data3 = data.datum_kwarg_list;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate50.errors = [{instancePath:instancePath+"/datum_kwarg_list/" + i1,schemaPath:"#/properties/datum_kwarg_list/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/datum_kwarg_list",schemaPath:"#/properties/datum_kwarg_list/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** @type {CompiledValidator} */
export const envelope = validate51;
const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://blueskyproject.io/event-model/schemas/v1/document.json","title":"DocumentEnvelope","description":"One message carrying one document together with its name, in either framing in use: an object with 'name' and 'doc', or a [name, doc] array.","anyOf":[{"$ref":"#/$defs/NamedDocument"},{"$ref":"#/$defs/DocumentPair"}],"$defs":{"NamedRunStart":{"title":"NamedRunStart","description":"A RunStart document with its name, as an object.","type":"object","properties":{"name":{"const":"start","description":"The document name."},"doc":{"$ref":"run_start.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"RunStartPair":{"title":"RunStartPair","description":"A RunStart document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"start","description":"The document name."},{"$ref":"run_start.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedRunStop":{"title":"NamedRunStop","description":"A RunStop document with its name, as an object.","type":"object","properties":{"name":{"const":"stop","description":"The document name."},"doc":{"$ref":"run_stop.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"RunStopPair":{"title":"RunStopPair","description":"A RunStop document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stop","description":"The document name."},{"$ref":"run_stop.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedEventDescriptor":{"title":"NamedEventDescriptor","description":"An EventDescriptor document with its name, as an object.","type":"object","properties":{"name":{"const":"descriptor","description":"The document name."},"doc":{"$ref":"event_descriptor.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"EventDescriptorPair":{"title":"EventDescriptorPair","description":"An EventDescriptor document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"descriptor","description":"The document name."},{"$ref":"event_descriptor.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedEvent":{"title":"NamedEvent","description":"An Event document with its name, as an object.","type":"object","properties":{"name":{"const":"event","description":"The document name."},"doc":{"$ref":"event.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"EventPair":{"title":"EventPair","description":"An Event document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"event","description":"The document name."},{"$ref":"event.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedEventPage":{"title":"NamedEventPage","description":"An EventPage document with its name, as an object.","type":"object","properties":{"name":{"const":"event_page","description":"The document name."},"doc":{"$ref":"event_page.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"EventPagePair":{"title":"EventPagePair","description":"An EventPage document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"event_page","description":"The document name."},{"$ref":"event_page.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedDatum":{"title":"NamedDatum","description":"A Datum document with its name, as an object.","type":"object","properties":{"name":{"const":"datum","description":"The document name."},"doc":{"$ref":"datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"DatumPair":{"title":"DatumPair","description":"A Datum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"datum","description":"The document name."},{"$ref":"datum.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedDatumPage":{"title":"NamedDatumPage","description":"A DatumPage document with its name, as an object.","type":"object","properties":{"name":{"const":"datum_page","description":"The document name."},"doc":{"$ref":"datum_page.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"DatumPagePair":{"title":"DatumPagePair","description":"A DatumPage document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"datum_page","description":"The document name."},{"$ref":"datum_page.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedResource":{"title":"NamedResource","description":"A Resource document with its name, as an object.","type":"object","properties":{"name":{"const":"resource","description":"The document name."},"doc":{"$ref":"resource.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"ResourcePair":{"title":"ResourcePair","description":"A Resource document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"resource","description":"The document name."},{"$ref":"resource.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedStreamResource":{"title":"NamedStreamResource","description":"A StreamResource document with its name, as an object.","type":"object","properties":{"name":{"const":"stream_resource","description":"The document name."},"doc":{"$ref":"stream_resource.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"StreamResourcePair":{"title":"StreamResourcePair","description":"A StreamResource document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stream_resource","description":"The document name."},{"$ref":"stream_resource.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedStreamDatum":{"title":"NamedStreamDatum","description":"A StreamDatum document with its name, as an object.","type":"object","properties":{"name":{"const":"stream_datum","description":"The document name."},"doc":{"$ref":"stream_datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"StreamDatumPair":{"title":"StreamDatumPair","description":"A StreamDatum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stream_datum","description":"The document name."},{"$ref":"stream_datum.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedBulkEvents":{"title":"NamedBulkEvents","description":"A BulkEvents document with its name, as an object.","type":"object","properties":{"name":{"const":"bulk_events","description":"The document name."},"doc":{"$ref":"bulk_events.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"BulkEventsPair":{"title":"BulkEventsPair","description":"A BulkEvents document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"bulk_events","description":"The document name."},{"$ref":"bulk_events.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedBulkDatum":{"title":"NamedBulkDatum","description":"A BulkDatum document with its name, as an object.","type":"object","properties":{"name":{"const":"bulk_datum","description":"The document name."},"doc":{"$ref":"bulk_datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false},"BulkDatumPair":{"title":"BulkDatumPair","description":"A BulkDatum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"bulk_datum","description":"The document name."},{"$ref":"bulk_datum.json","description":"The document."}],"minItems":2,"maxItems":2},"NamedDocument":{"title":"NamedDocument","description":"Any document with its name, as an object {\"name\": ..., \"doc\": ...}; the name tells which document schema the doc follows.","anyOf":[{"$ref":"#/$defs/NamedRunStart"},{"$ref":"#/$defs/NamedRunStop"},{"$ref":"#/$defs/NamedEventDescriptor"},{"$ref":"#/$defs/NamedEvent"},{"$ref":"#/$defs/NamedEventPage"},{"$ref":"#/$defs/NamedDatum"},{"$ref":"#/$defs/NamedDatumPage"},{"$ref":"#/$defs/NamedResource"},{"$ref":"#/$defs/NamedStreamResource"},{"$ref":"#/$defs/NamedStreamDatum"},{"$ref":"#/$defs/NamedBulkEvents"},{"$ref":"#/$defs/NamedBulkDatum"}]},"DocumentPair":{"title":"DocumentPair","description":"Any document with its name, as a two-element array [name, doc], the framing of JSON-lines files and of the 0MQ and Kafka bridges.","anyOf":[{"$ref":"#/$defs/RunStartPair"},{"$ref":"#/$defs/RunStopPair"},{"$ref":"#/$defs/EventDescriptorPair"},{"$ref":"#/$defs/EventPair"},{"$ref":"#/$defs/EventPagePair"},{"$ref":"#/$defs/DatumPair"},{"$ref":"#/$defs/DatumPagePair"},{"$ref":"#/$defs/ResourcePair"},{"$ref":"#/$defs/StreamResourcePair"},{"$ref":"#/$defs/StreamDatumPair"},{"$ref":"#/$defs/BulkEventsPair"},{"$ref":"#/$defs/BulkDatumPair"}]}}};
const schema73 = {"title":"NamedDocument","description":"Any document with its name, as an object {\"name\": ..., \"doc\": ...}; the name tells which document schema the doc follows.","anyOf":[{"$ref":"#/$defs/NamedRunStart"},{"$ref":"#/$defs/NamedRunStop"},{"$ref":"#/$defs/NamedEventDescriptor"},{"$ref":"#/$defs/NamedEvent"},{"$ref":"#/$defs/NamedEventPage"},{"$ref":"#/$defs/NamedDatum"},{"$ref":"#/$defs/NamedDatumPage"},{"$ref":"#/$defs/NamedResource"},{"$ref":"#/$defs/NamedStreamResource"},{"$ref":"#/$defs/NamedStreamDatum"},{"$ref":"#/$defs/NamedBulkEvents"},{"$ref":"#/$defs/NamedBulkDatum"}]};
const schema74 = {"title":"NamedRunStart","description":"A RunStart document with its name, as an object.","type":"object","properties":{"name":{"const":"start","description":"The document name."},"doc":{"$ref":"run_start.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("start" !== data.name){
validate53.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "start"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate20(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = {"title":"NamedRunStop","description":"A RunStop document with its name, as an object.","type":"object","properties":{"name":{"const":"stop","description":"The document name."},"doc":{"$ref":"run_stop.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("stop" !== data.name){
validate56.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "stop"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate31(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"NamedEventDescriptor","description":"An EventDescriptor document with its name, as an object.","type":"object","properties":{"name":{"const":"descriptor","description":"The document name."},"doc":{"$ref":"event_descriptor.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("descriptor" !== data.name){
validate59.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "descriptor"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate32(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"title":"NamedEvent","description":"An Event document with its name, as an object.","type":"object","properties":{"name":{"const":"event","description":"The document name."},"doc":{"$ref":"event.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("event" !== data.name){
validate62.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "event"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate42(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"title":"NamedEventPage","description":"An EventPage document with its name, as an object.","type":"object","properties":{"name":{"const":"event_page","description":"The document name."},"doc":{"$ref":"event_page.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate65.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("event_page" !== data.name){
validate65.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "event_page"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate43(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"title":"NamedDatum","description":"A Datum document with its name, as an object.","type":"object","properties":{"name":{"const":"datum","description":"The document name."},"doc":{"$ref":"datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate68.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("datum" !== data.name){
validate68.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "datum"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
let data1 = data.doc;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((data1.datum_id === undefined) && (missing1 = "datum_id")) || ((data1.resource === undefined) && (missing1 = "resource"))) || ((data1.datum_kwargs === undefined) && (missing1 = "datum_kwargs"))){
validate68.errors = [{instancePath:instancePath+"/doc",schemaPath:"datum.json/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "datum_id") || (key1 === "resource")) || (key1 === "datum_kwargs"))){
validate68.errors = [{instancePath:instancePath+"/doc",schemaPath:"datum.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.datum_id !== undefined){
const _errs7 = errors;
if(typeof data1.datum_id !== "string"){
validate68.errors = [{instancePath:instancePath+"/doc/datum_id",schemaPath:"datum.json/properties/datum_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.resource !== undefined){
const _errs9 = errors;
if(typeof data1.resource !== "string"){
validate68.errors = [{instancePath:instancePath+"/doc/resource",schemaPath:"datum.json/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_kwargs !== undefined){
let data4 = data1.datum_kwargs;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
validate68.errors = [{instancePath:instancePath+"/doc/datum_kwargs",schemaPath:"datum.json/properties/datum_kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/doc",schemaPath:"datum.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"title":"NamedDatumPage","description":"A DatumPage document with its name, as an object.","type":"object","properties":{"name":{"const":"datum_page","description":"The document name."},"doc":{"$ref":"datum_page.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("datum_page" !== data.name){
validate70.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "datum_page"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate45(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema82 = {"title":"NamedResource","description":"A Resource document with its name, as an object.","type":"object","properties":{"name":{"const":"resource","description":"The document name."},"doc":{"$ref":"resource.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate73.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("resource" !== data.name){
validate73.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "resource"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate46(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"title":"NamedStreamResource","description":"A StreamResource document with its name, as an object.","type":"object","properties":{"name":{"const":"stream_resource","description":"The document name."},"doc":{"$ref":"stream_resource.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("stream_resource" !== data.name){
validate76.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "stream_resource"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
let data1 = data.doc;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((((data1.uid === undefined) && (missing1 = "uid")) || ((data1.data_key === undefined) && (missing1 = "data_key"))) || ((data1.mimetype === undefined) && (missing1 = "mimetype"))) || ((data1.uri === undefined) && (missing1 = "uri"))) || ((data1.parameters === undefined) && (missing1 = "parameters"))){
validate76.errors = [{instancePath:instancePath+"/doc",schemaPath:"stream_resource.json/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data1.uid !== undefined){
const _errs7 = errors;
if(typeof data1.uid !== "string"){
validate76.errors = [{instancePath:instancePath+"/doc/uid",schemaPath:"stream_resource.json/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.run_start !== undefined){
const _errs9 = errors;
if(typeof data1.run_start !== "string"){
validate76.errors = [{instancePath:instancePath+"/doc/run_start",schemaPath:"stream_resource.json/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data_key !== undefined){
const _errs11 = errors;
if(typeof data1.data_key !== "string"){
validate76.errors = [{instancePath:instancePath+"/doc/data_key",schemaPath:"stream_resource.json/properties/data_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.mimetype !== undefined){
const _errs13 = errors;
if(typeof data1.mimetype !== "string"){
validate76.errors = [{instancePath:instancePath+"/doc/mimetype",schemaPath:"stream_resource.json/properties/mimetype/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.uri !== undefined){
const _errs15 = errors;
if(typeof data1.uri !== "string"){
validate76.errors = [{instancePath:instancePath+"/doc/uri",schemaPath:"stream_resource.json/properties/uri/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.parameters !== undefined){
let data7 = data1.parameters;
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
validate76.errors = [{instancePath:instancePath+"/doc/parameters",schemaPath:"stream_resource.json/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/doc",schemaPath:"stream_resource.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"title":"NamedStreamDatum","description":"A StreamDatum document with its name, as an object.","type":"object","properties":{"name":{"const":"stream_datum","description":"The document name."},"doc":{"$ref":"stream_datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate78.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("stream_datum" !== data.name){
validate78.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "stream_datum"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs3 = errors;
if(!(validate48(data.doc, {instancePath:instancePath+"/doc",parentData:data,parentDataProperty:"doc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema86 = {"title":"NamedBulkEvents","description":"A BulkEvents document with its name, as an object.","type":"object","properties":{"name":{"const":"bulk_events","description":"The document name."},"doc":{"$ref":"bulk_events.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate81.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate81.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("bulk_events" !== data.name){
validate81.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "bulk_events"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
let data1 = data.doc;
const _errs3 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
var props0 = {};
for(const key1 in data1){
if(pattern20.test(key1)){
let data2 = data1[key1];
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((((data3.uid === undefined) && (missing1 = "uid")) || ((data3.data === undefined) && (missing1 = "data"))) || ((data3.timestamps === undefined) && (missing1 = "timestamps"))) || ((data3.time === undefined) && (missing1 = "time"))) || ((data3.descriptor === undefined) && (missing1 = "descriptor"))) || ((data3.seq_num === undefined) && (missing1 = "seq_num"))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs9 = errors;
for(const key2 in data3){
if(!(((((((key2 === "uid") || (key2 === "descriptor")) || (key2 === "seq_num")) || (key2 === "time")) || (key2 === "data")) || (key2 === "timestamps")) || (key2 === "filled"))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs9 === errors){
if(data3.uid !== undefined){
const _errs10 = errors;
if(typeof data3.uid !== "string"){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/uid",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.descriptor !== undefined){
const _errs12 = errors;
if(typeof data3.descriptor !== "string"){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/descriptor",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.seq_num !== undefined){
let data6 = data3.seq_num;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/seq_num",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/seq_num/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.time !== undefined){
let data7 = data3.time;
const _errs16 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/time",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.data !== undefined){
let data8 = data3.data;
const _errs18 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/data",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.timestamps !== undefined){
let data9 = data3.timestamps;
const _errs20 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/timestamps",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.filled !== undefined){
let data10 = data3.filled;
const _errs22 = errors;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/filled",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/filled/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
else {
validate81.errors = [{instancePath:instancePath+"/doc/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
props0[key1] = true;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"title":"NamedBulkDatum","description":"A BulkDatum document with its name, as an object.","type":"object","properties":{"name":{"const":"bulk_datum","description":"The document name."},"doc":{"$ref":"bulk_datum.json","description":"The document."}},"required":["name","doc"],"additionalProperties":false};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.doc === undefined) && (missing0 = "doc"))){
validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if("bulk_datum" !== data.name){
validate83.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/const",keyword:"const",params:{allowedValue: "bulk_datum"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
let data1 = data.doc;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((data1.resource === undefined) && (missing1 = "resource")) || ((data1.datum_ids === undefined) && (missing1 = "datum_ids"))) || ((data1.datum_kwarg_list === undefined) && (missing1 = "datum_kwarg_list"))){
validate83.errors = [{instancePath:instancePath+"/doc",schemaPath:"bulk_datum.json/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "resource") || (key1 === "datum_ids")) || (key1 === "datum_kwarg_list"))){
validate83.errors = [{instancePath:instancePath+"/doc",schemaPath:"bulk_datum.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.resource !== undefined){
const _errs7 = errors;
if(typeof data1.resource !== "string"){
validate83.errors = [{instancePath:instancePath+"/doc/resource",schemaPath:"bulk_datum.json/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_ids !== undefined){
let data3 = data1.datum_ids;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data3[i0] !== "string"){
validate83.errors = [{instancePath:instancePath+"/doc/datum_ids/" + i0,schemaPath:"bulk_datum.json/properties/datum_ids/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate83.errors = [{instancePath:instancePath+"/doc/datum_ids",schemaPath:"bulk_datum.json/properties/datum_ids/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_kwarg_list !== undefined){
let data5 = data1.datum_kwarg_list;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs15 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
validate83.errors = [{instancePath:instancePath+"/doc/datum_kwarg_list/" + i1,schemaPath:"bulk_datum.json/properties/datum_kwarg_list/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate83.errors = [{instancePath:instancePath+"/doc/datum_kwarg_list",schemaPath:"bulk_datum.json/properties/datum_kwarg_list/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate83.errors = [{instancePath:instancePath+"/doc",schemaPath:"bulk_datum.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs2 = errors;
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs7 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs8 = errors;
if(!(validate73(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs9 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs10 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs11 = errors;
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs12 = errors;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema90 = {"title":"DocumentPair","description":"Any document with its name, as a two-element array [name, doc], the framing of JSON-lines files and of the 0MQ and Kafka bridges.","anyOf":[{"$ref":"#/$defs/RunStartPair"},{"$ref":"#/$defs/RunStopPair"},{"$ref":"#/$defs/EventDescriptorPair"},{"$ref":"#/$defs/EventPair"},{"$ref":"#/$defs/EventPagePair"},{"$ref":"#/$defs/DatumPair"},{"$ref":"#/$defs/DatumPagePair"},{"$ref":"#/$defs/ResourcePair"},{"$ref":"#/$defs/StreamResourcePair"},{"$ref":"#/$defs/StreamDatumPair"},{"$ref":"#/$defs/BulkEventsPair"},{"$ref":"#/$defs/BulkDatumPair"}]};
const schema91 = {"title":"RunStartPair","description":"A RunStart document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"start","description":"The document name."},{"$ref":"run_start.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate87.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate87.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("start" !== data[0]){
validate87.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "start"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate20(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"title":"RunStopPair","description":"A RunStop document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stop","description":"The document name."},{"$ref":"run_stop.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate90.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate90.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("stop" !== data[0]){
validate90.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "stop"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate31(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema93 = {"title":"EventDescriptorPair","description":"An EventDescriptor document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"descriptor","description":"The document name."},{"$ref":"event_descriptor.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate93.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate93.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("descriptor" !== data[0]){
validate93.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "descriptor"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate32(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate93.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema94 = {"title":"EventPair","description":"An Event document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"event","description":"The document name."},{"$ref":"event.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate96.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate96.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("event" !== data[0]){
validate96.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "event"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate42(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"title":"EventPagePair","description":"An EventPage document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"event_page","description":"The document name."},{"$ref":"event_page.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate99.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate99.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("event_page" !== data[0]){
validate99.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "event_page"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate43(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"title":"DatumPair","description":"A Datum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"datum","description":"The document name."},{"$ref":"datum.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate102.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate102.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("datum" !== data[0]){
validate102.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "datum"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
let data1 = data[1];
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((((data1.datum_id === undefined) && (missing0 = "datum_id")) || ((data1.resource === undefined) && (missing0 = "resource"))) || ((data1.datum_kwargs === undefined) && (missing0 = "datum_kwargs"))){
validate102.errors = [{instancePath:instancePath+"/1",schemaPath:"datum.json/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data1){
if(!(((key0 === "datum_id") || (key0 === "resource")) || (key0 === "datum_kwargs"))){
validate102.errors = [{instancePath:instancePath+"/1",schemaPath:"datum.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs5 === errors){
if(data1.datum_id !== undefined){
const _errs6 = errors;
if(typeof data1.datum_id !== "string"){
validate102.errors = [{instancePath:instancePath+"/1/datum_id",schemaPath:"datum.json/properties/datum_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.resource !== undefined){
const _errs8 = errors;
if(typeof data1.resource !== "string"){
validate102.errors = [{instancePath:instancePath+"/1/resource",schemaPath:"datum.json/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_kwargs !== undefined){
let data4 = data1.datum_kwargs;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
}
else {
validate102.errors = [{instancePath:instancePath+"/1/datum_kwargs",schemaPath:"datum.json/properties/datum_kwargs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/1",schemaPath:"datum.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate102.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema98 = {"title":"DatumPagePair","description":"A DatumPage document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"datum_page","description":"The document name."},{"$ref":"datum_page.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate104.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate104.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("datum_page" !== data[0]){
validate104.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "datum_page"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate45(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate104.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"ResourcePair","description":"A Resource document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"resource","description":"The document name."},{"$ref":"resource.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate107.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate107.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("resource" !== data[0]){
validate107.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "resource"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate46(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate107.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema100 = {"title":"StreamResourcePair","description":"A StreamResource document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stream_resource","description":"The document name."},{"$ref":"stream_resource.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate110.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate110.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("stream_resource" !== data[0]){
validate110.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "stream_resource"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
let data1 = data[1];
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((((((data1.uid === undefined) && (missing0 = "uid")) || ((data1.data_key === undefined) && (missing0 = "data_key"))) || ((data1.mimetype === undefined) && (missing0 = "mimetype"))) || ((data1.uri === undefined) && (missing0 = "uri"))) || ((data1.parameters === undefined) && (missing0 = "parameters"))){
validate110.errors = [{instancePath:instancePath+"/1",schemaPath:"stream_resource.json/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data1.uid !== undefined){
const _errs6 = errors;
if(typeof data1.uid !== "string"){
validate110.errors = [{instancePath:instancePath+"/1/uid",schemaPath:"stream_resource.json/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.run_start !== undefined){
const _errs8 = errors;
if(typeof data1.run_start !== "string"){
validate110.errors = [{instancePath:instancePath+"/1/run_start",schemaPath:"stream_resource.json/properties/run_start/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.data_key !== undefined){
const _errs10 = errors;
if(typeof data1.data_key !== "string"){
validate110.errors = [{instancePath:instancePath+"/1/data_key",schemaPath:"stream_resource.json/properties/data_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.mimetype !== undefined){
const _errs12 = errors;
if(typeof data1.mimetype !== "string"){
validate110.errors = [{instancePath:instancePath+"/1/mimetype",schemaPath:"stream_resource.json/properties/mimetype/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.uri !== undefined){
const _errs14 = errors;
if(typeof data1.uri !== "string"){
validate110.errors = [{instancePath:instancePath+"/1/uri",schemaPath:"stream_resource.json/properties/uri/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.parameters !== undefined){
let data7 = data1.parameters;
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
validate110.errors = [{instancePath:instancePath+"/1/parameters",schemaPath:"stream_resource.json/properties/parameters/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/1",schemaPath:"stream_resource.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"title":"StreamDatumPair","description":"A StreamDatum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"stream_datum","description":"The document name."},{"$ref":"stream_datum.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate112.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate112.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("stream_datum" !== data[0]){
validate112.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "stream_datum"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
const _errs2 = errors;
if(!(validate48(data[1], {instancePath:instancePath+"/1",parentData:data,parentDataProperty:1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"title":"BulkEventsPair","description":"A BulkEvents document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"bulk_events","description":"The document name."},{"$ref":"bulk_events.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate115.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate115.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("bulk_events" !== data[0]){
validate115.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "bulk_events"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
let data1 = data[1];
const _errs2 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
var props0 = {};
for(const key0 in data1){
if(pattern20.test(key0)){
let data2 = data1[key0];
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
var valid3 = true;
const len1 = data2.length;
for(let i0=0; i0<len1; i0++){
let data3 = data2[i0];
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing0;
if(((((((data3.uid === undefined) && (missing0 = "uid")) || ((data3.data === undefined) && (missing0 = "data"))) || ((data3.timestamps === undefined) && (missing0 = "timestamps"))) || ((data3.time === undefined) && (missing0 = "time"))) || ((data3.descriptor === undefined) && (missing0 = "descriptor"))) || ((data3.seq_num === undefined) && (missing0 = "seq_num"))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data3){
if(!(((((((key1 === "uid") || (key1 === "descriptor")) || (key1 === "seq_num")) || (key1 === "time")) || (key1 === "data")) || (key1 === "timestamps")) || (key1 === "filled"))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.uid !== undefined){
const _errs9 = errors;
if(typeof data3.uid !== "string"){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/uid",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/uid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.descriptor !== undefined){
const _errs11 = errors;
if(typeof data3.descriptor !== "string"){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/descriptor",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/descriptor/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.seq_num !== undefined){
let data6 = data3.seq_num;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/seq_num",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/seq_num/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.time !== undefined){
let data7 = data3.time;
const _errs15 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/time",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/time/type",keyword:"type",params:{type: "number"}}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.data !== undefined){
let data8 = data3.data;
const _errs17 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/data",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.timestamps !== undefined){
let data9 = data3.timestamps;
const _errs19 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/timestamps",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/timestamps/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.filled !== undefined){
let data10 = data3.filled;
const _errs21 = errors;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/filled",schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/properties/filled/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs6 === errors;
if(!valid3){
break;
}
}
}
else {
validate115.errors = [{instancePath:instancePath+"/1/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"bulk_events.json/patternProperties/%5E.*%5Cn%3F%24/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
props0[key0] = true;
}
}
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate115.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};

const schema105 = {"title":"BulkDatumPair","description":"A BulkDatum document with its name, as a two-element array.","type":"array","prefixItems":[{"const":"bulk_datum","description":"The document name."},{"$ref":"bulk_datum.json","description":"The document."}],"minItems":2,"maxItems":2};

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 2){
validate117.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2}}];
return false;
}
else {
if(data.length < 2){
validate117.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 2}}];
return false;
}
else {
const len0 = data.length;
if(len0 > 0){
const _errs1 = errors;
if("bulk_datum" !== data[0]){
validate117.errors = [{instancePath:instancePath+"/0",schemaPath:"#/prefixItems/0/const",keyword:"const",params:{allowedValue: "bulk_datum"}}];
return false;
}
var valid0 = _errs1 === errors;
}
if(valid0){
if(len0 > 1){
let data1 = data[1];
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if((((data1.resource === undefined) && (missing0 = "resource")) || ((data1.datum_ids === undefined) && (missing0 = "datum_ids"))) || ((data1.datum_kwarg_list === undefined) && (missing0 = "datum_kwarg_list"))){
validate117.errors = [{instancePath:instancePath+"/1",schemaPath:"bulk_datum.json/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data1){
if(!(((key0 === "resource") || (key0 === "datum_ids")) || (key0 === "datum_kwarg_list"))){
validate117.errors = [{instancePath:instancePath+"/1",schemaPath:"bulk_datum.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs5 === errors){
if(data1.resource !== undefined){
const _errs6 = errors;
if(typeof data1.resource !== "string"){
validate117.errors = [{instancePath:instancePath+"/1/resource",schemaPath:"bulk_datum.json/properties/resource/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_ids !== undefined){
let data3 = data1.datum_ids;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i0=0; i0<len1; i0++){
const _errs10 = errors;
if(typeof data3[i0] !== "string"){
validate117.errors = [{instancePath:instancePath+"/1/datum_ids/" + i0,schemaPath:"bulk_datum.json/properties/datum_ids/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/1/datum_ids",schemaPath:"bulk_datum.json/properties/datum_ids/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.datum_kwarg_list !== undefined){
let data5 = data1.datum_kwarg_list;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid4 = true;
const len2 = data5.length;
for(let i1=0; i1<len2; i1++){
let data6 = data5[i1];
const _errs14 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
validate117.errors = [{instancePath:instancePath+"/1/datum_kwarg_list/" + i1,schemaPath:"bulk_datum.json/properties/datum_kwarg_list/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/1/datum_kwarg_list",schemaPath:"bulk_datum.json/properties/datum_kwarg_list/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/1",schemaPath:"bulk_datum.json/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
}
}
}
}
else {
validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"items":2,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = 2;
}
const _errs2 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs3 = errors;
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs4 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs5 = errors;
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs6 = errors;
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs7 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs8 = errors;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs9 = errors;
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs10 = errors;
if(!(validate112(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs11 = errors;
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs12 = errors;
if(!(validate117(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate86.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate86.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":false,"dynamicItems":true};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://blueskyproject.io/event-model/schemas/v1/document.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
var props0 = validate52.evaluated.props;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
else {
var items0 = validate86.evaluated.items;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate51.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate51.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate51.evaluated = {"dynamicProps":true,"dynamicItems":true};

/** @type {CompiledValidator} */
export const named_document = validate120;

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs2 = errors;
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs7 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs8 = errors;
if(!(validate73(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs9 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs10 = errors;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs11 = errors;
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs12 = errors;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate120.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate120.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate120.evaluated = {"dynamicProps":true,"dynamicItems":false};

/** @type {CompiledValidator} */
export const document_pair = validate133;

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = 2;
}
const _errs2 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs3 = errors;
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs4 = errors;
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs5 = errors;
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs6 = errors;
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs7 = errors;
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs8 = errors;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs9 = errors;
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs10 = errors;
if(!(validate112(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs11 = errors;
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
const _errs12 = errors;
if(!(validate117(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = items0 > 2 ? items0 : 2;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate133.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate133.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate133.evaluated = {"dynamicProps":false,"dynamicItems":true};
