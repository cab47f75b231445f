"""Texts of the demo's documents database: Decision 204/2025/QĐ-UBND (from ``../shared/seed/``, its
decision part written out with its diacritics) and the topics the generated documents are about."""

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
COUNCIL = "Hội đồng nhân dân thành phố Hải Phòng"
CHAIR = "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"

DECISION_204_SUMMARY = (
    "Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống Cổng Thông tin điện tử thành phố Hải Phòng"
)
DECISION_204_BODY = """
<p><strong>ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG</strong></p>
<p><strong>QUYẾT ĐỊNH</strong><br>Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống Cổng Thông tin điện tử
thành phố Hải Phòng</p>
<p><em>Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;</em></p>
<p><em>Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số
87/2025/QH15;</em></p>
<p><em>Căn cứ Luật Công nghệ thông tin số 67/2006/QH11;</em></p>
<p><em>Căn cứ Luật Tiếp cận thông tin số 104/2016/QH13;</em></p>
<p><em>Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;</em></p>
<p><em>Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ quy định về ứng dụng công nghệ thông tin
trong hoạt động của cơ quan Nhà nước;</em></p>
<p><em>Căn cứ Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ quy định chi tiết và biện pháp thi hành
Luật Tiếp cận thông tin;</em></p>
<p><em>Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch
vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;</em></p>
<p><em>Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân thành phố tại Văn bản số 47/TTr-VP ngày
27/10/2025;</em></p>
<p>Ủy ban nhân dân thành phố ban hành Quyết định ban hành Quy chế quản lý, vận hành, khai thác Hệ thống Cổng
Thông tin điện tử thành phố Hải Phòng.</p>
<p><strong>Điều 1.</strong> Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành, khai thác Hệ thống Cổng
Thông tin điện tử thành phố Hải Phòng.</p>
<p><strong>Điều 2.</strong> Quyết định này có hiệu lực kể từ ngày 20 tháng 11 năm 2025 và thay thế các Quyết định
của Ủy ban nhân dân thành phố: số 29/2020/QĐ-UBND ngày 11/11/2020 ban hành Quy chế tổ chức đối thoại trực tuyến
trên Cổng Thông tin điện tử thành phố Hải Phòng; số 40/2024/QĐ-UBND ngày 01/11/2024 ban hành Quy chế quản lý,
vận hành và khai thác hệ thống Cổng Thông tin điện tử thành phố Hải Phòng.</p>
<p><strong>Điều 3.</strong> Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở, ban, ngành thành phố; Chủ
tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân liên quan
căn cứ Quyết định thi hành./.</p>
<h3>QUY CHẾ Quản lý, vận hành, khai thác Hệ thống Cổng Thông tin điện tử thành phố Hải Phòng</h3>
<p><strong>Chương I. Quy định chung</strong>: Điều 1. Phạm vi điều chỉnh; Điều 2. Đối tượng áp dụng; Điều 3. Cấu
trúc của Hệ thống Cổng; Điều 4. Nguyên tắc chung về quản lý, vận hành, khai thác Hệ thống Cổng.</p>
<p><strong>Chương II. Cung cấp thông tin, dịch vụ công trực tuyến</strong>: Điều 5. Cung cấp thông tin trên Hệ
thống Cổng; Điều 6. Phương thức cung cấp thông tin; Điều 7. Cung cấp dịch vụ công trực tuyến; Điều 8. Tổ chức đối
thoại trực tuyến; Điều 9. Hỏi - Đáp; Điều 10. Tổ chức Trang thông tin điện tử trên mạng xã hội.</p>
<p><strong>Chương III. Bảo đảm hoạt động của Hệ thống Cổng</strong>: Điều 11 – 16, Ban Biên tập, hạ tầng kỹ
thuật, đào tạo nguồn nhân lực, kinh phí và chi trả nhuận bút, thù lao.</p>
<p><strong>Chương IV. Tổ chức thực hiện</strong>: Điều 17. Trách nhiệm của Văn phòng Ủy ban nhân dân thành phố;
Điều 18. Trách nhiệm của các cơ quan liên quan; Điều 19. Trách nhiệm của các tổ chức, cá nhân tham gia Hệ thống
Cổng.</p>
""".replace("\n", " ").strip()
DECISION_204_RECIPIENTS = """Như Điều 3;
Văn phòng Chính phủ;
Bộ Tư pháp (Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính);
Thường trực Thành ủy, Thường trực HĐND thành phố;
Chủ tịch, các Phó Chủ tịch UBND thành phố;
Cổng Thông tin điện tử thành phố;
Lưu: VT."""

#: Văn bản trung ương kept in the city's database: number, form, issuer, summary, issued, in force, field.
CENTRAL = (
    ("104/2016/QH13", "Luật", "Quốc hội", "Luật Tiếp cận thông tin", "2016-04-06", "2018-07-01", "hanh-chinh"),
    ("13/2018/NĐ-CP", "Nghị định", "Chính phủ", "Quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin",
     "2018-01-23", "2018-07-01", "hanh-chinh"),
    ("42/2022/NĐ-CP", "Nghị định", "Chính phủ",
     "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
     "2022-06-24", "2022-08-01", "thong-tin-truyen-thong"),
    ("224/2026/NĐ-CP", "Nghị định", "Chính phủ", "Quy định chi tiết thi hành một số điều của Luật Chuyển đổi số",
     "2026-05-15", "2026-07-01", "thong-tin-truyen-thong"),
    ("22/2023/TT-BTTTT", "Thông tư", "Bộ Thông tin và Truyền thông",
     "Quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử của cơ quan nhà nước",
     "2023-12-31", "2024-04-05", "thong-tin-truyen-thong"),
)  # fmt: skip

#: Topics by field: what a generated document is about.
TOPICS = {
    "hanh-chinh": ("cải cách hành chính", "kiểm soát thủ tục hành chính", "tiếp công dân", "công tác văn thư, lưu trữ",
                   "sắp xếp tổ chức bộ máy chính quyền hai cấp", "thực hiện cơ chế một cửa, một cửa liên thông"),
    "thong-tin-truyen-thong": ("chuyển đổi số", "bảo đảm an toàn thông tin mạng", "vận hành Cổng Thông tin điện tử",
                               "phát triển chính quyền số", "thông tin cơ sở"),
    "dat-dai": ("bồi thường, hỗ trợ, tái định cư", "cấp giấy chứng nhận quyền sử dụng đất", "bảng giá đất",
                "quản lý đất công"),
    "xay-dung": ("quản lý trật tự xây dựng", "quản lý chất lượng công trình", "phát triển nhà ở xã hội",
                 "quy hoạch phân khu đô thị", "công bố giá vật liệu xây dựng", "cấp giấy phép xây dựng"),
    "giao-thong": ("bảo đảm trật tự an toàn giao thông", "phát triển vận tải hành khách công cộng",
                   "bảo trì đường bộ", "tổ chức giao thông khu vực trung tâm"),
    "dau-tu": ("cải thiện môi trường đầu tư", "hỗ trợ doanh nghiệp nhỏ và vừa", "xúc tiến đầu tư",
               "quản lý khu công nghiệp"),
    "tai-chinh": ("dự toán ngân sách", "quản lý tài sản công", "thực hành tiết kiệm, chống lãng phí"),
    "lao-dong": ("giải quyết việc làm", "giảm nghèo bền vững", "chăm sóc người có công", "bảo trợ xã hội"),
    "y-te": ("phòng, chống dịch bệnh", "bảo đảm an toàn thực phẩm", "khám, chữa bệnh bảo hiểm y tế",
             "tiêm chủng mở rộng", "chăm sóc sức khỏe người cao tuổi"),
    "giao-duc": ("tuyển sinh đầu cấp", "phổ cập giáo dục", "xây dựng trường chuẩn quốc gia"),
    "van-hoa": ("tổ chức lễ hội", "phát triển du lịch biển", "bảo tồn di tích", "phong trào toàn dân đoàn kết xây "
                "dựng đời sống văn hóa", "thể dục thể thao quần chúng"),
    "moi-truong": ("bảo vệ môi trường", "thu gom, xử lý chất thải rắn", "phòng, chống thiên tai",
                   "ứng phó sự cố tràn dầu"),
    "nong-nghiep": ("xây dựng nông thôn mới", "phát triển thủy sản", "phòng, chống dịch bệnh gia súc, gia cầm",
                    "chuyển đổi cơ cấu cây trồng"),
    "khoa-hoc": ("phát triển khoa học, công nghệ và đổi mới sáng tạo", "quản lý nhiệm vụ khoa học",
                 "hỗ trợ khởi nghiệp đổi mới sáng tạo"),
    "tu-phap": ("phổ biến, giáo dục pháp luật", "kiểm tra, rà soát văn bản quy phạm pháp luật", "hòa giải ở cơ sở"),
}  # fmt: skip

#: How each form's summary reads.
SUMMARIES = {
    "Quyết định": ("Ban hành Quy định về {topic}", "Về việc phê duyệt Đề án {topic}",
                   "Về việc công bố danh mục thủ tục hành chính lĩnh vực {topic}"),
    "Nghị quyết": ("Quy định chính sách hỗ trợ {topic} trên địa bàn thành phố",
                   "Về kế hoạch {topic} giai đoạn 2026 - 2030"),
    "Chỉ thị": ("Về tăng cường {topic}", "Về đẩy mạnh {topic}"),
    "Kế hoạch": ("Kế hoạch {topic} năm {year}", "Kế hoạch triển khai {topic} năm {year}"),
    "Thông báo": ("Thông báo kết luận của lãnh đạo về {topic}", "Thông báo lịch tiếp công dân về {topic}"),
    "Công văn": ("Về việc triển khai {topic}", "Về việc báo cáo kết quả {topic}"),
    "Báo cáo": ("Báo cáo kết quả {topic} năm {year}", "Báo cáo sơ kết {topic} 6 tháng đầu năm {year}"),
}  # fmt: skip

#: The fields each portal writes about, and its symbol (ký hiệu) after the form's abbreviation.
PORTAL_FIELDS = {
    "Sở Xây dựng": (("xay-dung", "giao-thong", "dat-dai"), "SXD"),
    "Sở Văn hóa, Thể thao và Du lịch": (("van-hoa", "thong-tin-truyen-thong"), "SVHTTDL"),
    "Sở Khoa học và Công nghệ": (("khoa-hoc", "thong-tin-truyen-thong"), "SKHCN"),
    "Phường Hồng Bàng": (("hanh-chinh", "dat-dai", "lao-dong", "moi-truong"), "UBND"),
    "Xã An Lão": (("nong-nghiep", "hanh-chinh", "dat-dai"), "UBND"),
    "Đặc khu Cát Hải": (("van-hoa", "moi-truong", "nong-nghiep", "dau-tu"), "UBND"),
    "Sở Y tế": (("y-te", "lao-dong"), "SYT"),
}
SIGNER_POSITIONS = {"department": ("Giám đốc", "Phó Giám đốc"), "local": ("Chủ tịch", "Phó Chủ tịch")}
