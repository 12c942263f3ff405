<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="105" />
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="106" />
        <source>This account adds the other users.</source>
        <translation>Tài khoản này thêm các người dùng khác.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="113" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="114" />
        <source>F&amp;ull name:</source>
        <translation>Họ tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="115" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="116" />
        <source>Password (&amp;again):</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="122" />
        <source>Password (again): the two passwords differ</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="55" />
        <source>The agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="56" />
        <source>As printed at the top left of every receipt.</source>
        <translation>Như in ở góc trên bên trái của mọi giấy tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="59" />
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="60" />
        <source>&amp;Desk (agency) name:</source>
        <translation>Tê&amp;n cơ quan / Bộ phận Một cửa:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="61" />
        <source>Agency &amp;code:</source>
        <translation>&amp;Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="62" />
        <source>P&amp;lace name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="20" />
        <source>Search by code or name (diacritics optional)</source>
        <translation>Tìm theo mã hoặc tên (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="23" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="24" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="25" />
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="26" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="27" />
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalog_page.py" line="28" />
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/catalog_page.py" line="51" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="54" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="61" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="62" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="63" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="67" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="68" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="69" />
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="70" />
        <location filename="../../desk_app/ui/dossier_dialog.py" line="109" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="71" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="83" />
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="85" />
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quá trình xử lý&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="96" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="97" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="98" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="99" />
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="100" />
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="101" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="104" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="105" />
        <source>Delivery</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="106" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="107" />
        <location filename="../../desk_app/ui/dossier_dialog.py" line="124" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="107" />
        <source>paused, no due date</source>
        <translation>đang tạm dừng, chưa có ngày hẹn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="108" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="110" />
        <source>Register book / number</source>
        <translation>Quyển số / Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="129" />
        <source>Receipt (PDF)…</source>
        <translation>Biên nhận (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="131" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="139" />
        <source>The QR code does not verify — the receipt may be forged</source>
        <translation>Mã QR không xác thực được — có thể là biên nhận giả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="143" />
        <source>Save the receipt</source>
        <translation>Lưu giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="145" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="148" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="149" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="150" />
        <source>Look in:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="151" />
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="152" />
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="169" />
        <source>Receipt</source>
        <translation>Biên nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="171" />
        <location filename="../../desk_app/ui/dossier_dialog.py" line="185" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="182" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="45" />
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="45" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="45" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="45" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="46" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="46" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="46" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="46" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="47" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="50" />
        <source>Within the time limit</source>
        <translation>Còn trong hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="51" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="52" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="53" />
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="54" />
        <source>Resolved early</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="55" />
        <source>Resolved on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="56" />
        <source>Resolved late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="119" />
        <source>apology issued</source>
        <translation>đã có văn bản xin lỗi</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="37" />
        <source>Search by code, name, phone or ID number (diacritics optional)</source>
        <translation>Tìm theo mã hồ sơ, họ tên, số điện thoại hoặc số giấy tờ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="41" />
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="45" />
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="48" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="51" />
        <source>Received from</source>
        <translation>Nhận từ ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="53" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers_page.py" line="84" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/dossiers_page.py" line="152" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="61" />
        <source>Type the procedure's code or name (diacritics optional)</source>
        <translation>Gõ mã hoặc tên thủ tục (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="78" />
        <source>Document</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="78" />
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="78" />
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="86" />
        <source>&amp;Add document</source>
        <translation>Thêm giấ&amp;y tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="90" />
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="91" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="99" />
        <source>Direct</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="100" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="101" />
        <source>Postal</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="103" />
        <source>At the desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="104" />
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="116" />
        <source>&amp;Receive (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="118" />
        <source>Incomplete: form 0&amp;2…</source>
        <translation>Chưa đủ: mẫu 0&amp;2…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="120" />
        <source>Ineligible: form 0&amp;3…</source>
        <translation>Từ chối: mẫu 0&amp;3…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="133" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="135" />
        <source>&amp;Procedure:</source>
        <translation>Thủ &amp;tục:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="137" />
        <source>Appointment:</source>
        <translation>Hẹn trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="138" />
        <source>Documents received</source>
        <translation>Thành phần hồ sơ nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="145" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="147" />
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="148" />
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="151" />
        <source>P&amp;hone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="152" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="153" />
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="154" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="156" />
        <source>&amp;Channel:</source>
        <translation>Hình thức &amp;nộp:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="157" />
        <source>Result &amp;delivery:</source>
        <translation>Nơi nhận &amp;kết quả:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="158" />
        <source>&amp;Sets:</source>
        <translation>Số &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="159" />
        <source>&amp;Fee:</source>
        <translation>&amp;Phí, lệ phí:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="160" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="267" />
        <source>C&amp;CCD number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="267" />
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_page.py" line="318" />
        <source>Procedure: choose the procedure first</source>
        <translation>Thủ tục: hãy chọn thủ tục trước</translation>
    </message>
</context>
<context>
    <name>IntakeSlipDialog</name>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="33" />
        <source>Request to complete the dossier (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="34" />
        <source>Refusal to receive (form 03)</source>
        <translation>Phiếu từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="44" />
        <source>Missing documents
(one per line; "name: what to do"):</source>
        <translation>Giấy tờ cần bổ sung
(mỗi dòng một giấy tờ; "tên: nội dung cần làm"):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="45" />
        <source>Reasons (one per line):</source>
        <translation>Lý do từ chối (mỗi dòng một lý do):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="46" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="46" />
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="48" />
        <source>Issue and print</source>
        <translation>Lập phiếu và in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake_slip_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_app/ui/login.py" line="29" />
        <location filename="../../desk_app/ui/login.py" line="38" />
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="39" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="44" />
        <source>&amp;Username:</source>
        <translation>Tên đă&amp;ng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="45" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="61" />
        <source>Demo accounts:</source>
        <translation>Tài khoản dùng thử:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="63" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="63" />
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/login.py" line="63" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="40" />
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="49" />
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="50" />
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="51" />
        <source>Return</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="52" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="53" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="54" />
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="55" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="70" />
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="80" />
        <source>User: {name} ({role})</source>
        <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="99" />
        <source>Due today: {due} · Overdue: {overdue} · Needs apology: {apology}</source>
        <translation>Đến hạn hôm nay: {due} · Quá hạn: {overdue} · Cần xin lỗi: {apology}</translation>
    </message>
</context>
<context>
    <name>NotYetAvailablePage</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="28" />
        <source>This page is not yet available.</source>
        <translation>Trang này chưa có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="84" />
        <source>Hours decide appointment times; the form set, the printed wording.</source>
        <translation>Giờ làm việc quyết định giờ hẹn trả; bộ biểu mẫu quyết định lời văn khi in.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="85" />
        <source>Office hours and forms</source>
        <translation>Giờ làm việc và biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="88" />
        <source>2025 set</source>
        <translation>Bộ năm 2025</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="89" />
        <source>2018 set</source>
        <translation>Bộ năm 2018</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="91" />
        <source>Office &amp;hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="92" />
        <source>&amp;Form set:</source>
        <translation>&amp;Bộ biểu mẫu:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="79" />
        <source>C&amp;opies:</source>
        <translation>Số &amp;bản:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="81" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="82" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="83" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="131" />
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="132" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="137" />
        <source>Could not save: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="145" />
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="162" />
        <source>Receipt {code}</source>
        <translation>Giấy tiếp nhận {code}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desk_app/ui/roles.py" line="8" />
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roles.py" line="9" />
        <source>Processing officer</source>
        <translation>Chuyên viên xử lý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roles.py" line="10" />
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/roles.py" line="11" />
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../desk_app/ui/scan.py" line="23" />
        <source>Scan or type a dossier code (F2)</source>
        <translation>Quét hoặc gõ mã hồ sơ (F2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/scan.py" line="31" />
        <source>Scan:</source>
        <translation>Quét mã:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="133" />
        <source>First start: set up the office</source>
        <translation>Khởi động lần đầu: thiết lập cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="140" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="141" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="142" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/setup_wizard.py" line="143" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
</TS>